import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { buildDetectionIndex } from '@/app/_lib/views/detection';
import { HREFS } from '@/app/_lib/urls';
import { DetectionIndexTable } from '@/components/detection/DetectionIndexTables';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageTitle } from '@/components/ui/PageTitle';

export const metadata: Metadata = pageMetadata({ title: 'Detection strategies', description: 'MITRE ATT&CK detection strategies: how to detect each technique, with analytics per platform and the log sources they read.', path: HREFS.detectionStrategies });

export default function DetectionStrategiesIndex() {
  const g = getContent();
  const rows = buildDetectionIndex(g);
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Detection strategies' }]} />
      <PageTitle kind={`ATT&CK v${g.meta.attack.version}`}>Detection strategies</PageTitle>
      <p className="mb-6 max-w-3xl">
        {rows.length} detection strategies. Each describes how to detect one or more techniques and holds analytics, one per platform, that name the
        log sources (<Link href={HREFS.dataComponents}>data components</Link>) to collect and the values to tune.
      </p>
      <DetectionIndexTable rows={rows} />
    </article>
  );
}
