import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { HREFS } from '@/app/_lib/urls';
import { buildMitigationIndex } from '@/app/_lib/views/mitigation';
import { MitigationIndex } from '@/components/attack/MitigationPage';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';

export const metadata: Metadata = pageMetadata({ title: 'Mitigations', description: 'MITRE ATT&CK Enterprise mitigations, the techniques each addresses, and the CSA CCM v4.1 controls mapped to those techniques.', path: HREFS.mitigations });

export default function MitigationsPage() {
  const graph = getContent();
  const rows = buildMitigationIndex(graph);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Mitigations' }]} />
      <h1 className="text-3xl font-bold">Mitigations</h1>
      <p className="mt-2 mb-4 max-w-prose">
        The {rows.length} mitigations of ATT&amp;CK Enterprise v{graph.meta.attack.version}: security concepts and classes of technology that can
        prevent a technique from succeeding. “CCM controls” counts the distinct CSA CCM v{graph.meta.ccm.version} controls mapped to the techniques a
        mitigation addresses.
      </p>
      <MitigationIndex rows={rows} />
    </>
  );
}
