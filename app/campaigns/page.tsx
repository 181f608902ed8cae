import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { buildCampaignIndex } from '@/app/_lib/views/campaign';
import { HREFS } from '@/app/_lib/urls';
import { ActorIndexTable } from '@/components/actors/ActorIndexTable';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageTitle } from '@/components/ui/PageTitle';

export const metadata: Metadata = pageMetadata({ title: 'Campaigns', description: 'Campaigns in MITRE ATT&CK Enterprise: dated intrusion activity, the techniques used and the CCM controls that address them.', path: HREFS.campaigns });

export default function CampaignsIndex() {
  const g = getContent();
  const rows = buildCampaignIndex(g);
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Campaigns' }]} />
      <PageTitle kind={`ATT&CK v${g.meta.attack.version}`}>Campaigns</PageTitle>
      <p className="mb-6 max-w-3xl">
        {rows.length} campaigns: intrusion activity over a defined period with common targets and objectives, linked to groups where ATT&amp;CK
        attributes them. Each page lists the techniques used, with procedure examples, and the CCM controls that address the most of them.
      </p>
      <ActorIndexTable rows={rows} caption="ATT&CK campaigns, by name" detailLabel="Active" />
    </article>
  );
}
