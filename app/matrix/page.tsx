import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { HREFS } from '@/app/_lib/urls';
import { buildMatrixView } from '@/app/_lib/views/matrix';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Matrix } from '@/components/matrix/Matrix';

export const metadata: Metadata = pageMetadata({ title: 'ATT&CK Enterprise matrix with CCM coverage', description: 'The MITRE ATT&CK Enterprise matrix, tactic by tactic, shaded by how many CSA CCM v4.1 controls are mapped to each technique; filter by cloud platform.', path: HREFS.matrix });

export default function MatrixPage() {
  const graph = getContent();
  const view = buildMatrixView(graph);
  const { techniques, subtechniques, mappedTechniques } = view.totals;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Matrix' }]} />
      <h1 className="text-3xl font-bold">ATT&amp;CK Enterprise matrix</h1>
      <p className="mt-2 mb-4 max-w-prose">
        {view.columns.length} tactics, {techniques} techniques and {subtechniques} sub-techniques of MITRE ATT&amp;CK Enterprise v{graph.meta.attack.version}.
        {' '}
        {mappedTechniques} of these {techniques + subtechniques} have at least one CSA CCM v{graph.meta.ccm.version} control mapped. Open a technique&apos;s sub-techniques with its
        “sub-techniques” toggle.
      </p>
      <Matrix view={view} />
    </>
  );
}
