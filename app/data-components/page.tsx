import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { buildDataComponentIndex } from '@/app/_lib/views/detection';
import { HREFS } from '@/app/_lib/urls';
import { DataComponentIndexTable } from '@/components/detection/DetectionIndexTables';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageTitle } from '@/components/ui/PageTitle';

export const metadata: Metadata = pageMetadata({ title: 'Data components', description: 'MITRE ATT&CK data components: the telemetry detection analytics read, with log sources and the techniques they help detect.', path: HREFS.dataComponents });

export default function DataComponentsIndex() {
  const g = getContent();
  const rows = buildDataComponentIndex(g);
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Data components' }]} />
      <PageTitle kind={`ATT&CK v${g.meta.attack.version}`}>Data components</PageTitle>
      <p className="mb-6 max-w-3xl">
        {rows.length} data components: kinds of telemetry (process creation, cloud API calls, …) with the concrete log sources that carry them. Each page
        lists the techniques whose <Link href={HREFS.detectionStrategies}>detection strategies</Link> read it. Deprecated data components keep their pages
        but are not listed.
      </p>
      <DataComponentIndexTable rows={rows} />
    </article>
  );
}
