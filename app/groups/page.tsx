import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { buildGroupIndex } from '@/app/_lib/views/group';
import { HREFS } from '@/app/_lib/urls';
import { ActorIndexTable } from '@/components/actors/ActorIndexTable';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { IndexFilterBlock } from '@/components/ui/IndexFilterBlock';
import { PageTitle } from '@/components/ui/PageTitle';

export const metadata: Metadata = pageMetadata({ title: 'Groups', description: 'Threat groups in MITRE ATT&CK Enterprise, with their associated names, techniques and the CCM controls that address them.', path: HREFS.groups });

export default function GroupsIndex() {
  const g = getContent();
  const { rows, filter } = buildGroupIndex(g);
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Groups' }]} />
      <PageTitle kind={`ATT&CK v${g.meta.attack.version}`}>Groups</PageTitle>
      <p className="mb-6 max-w-3xl">
        {rows.length} threat groups: sets of related intrusion activity tracked under a common name. Each page lists the techniques the group used, with
        procedure examples, and the CCM controls that address the most of them. Associated names are listed so your browser’s find (Ctrl-F) matches
        vendor names too. Deprecated groups keep their pages but are not listed.
      </p>
      <IndexFilterBlock spec={filter}>
        <ActorIndexTable rows={rows} caption="ATT&CK groups" detailLabel="Campaigns" />
      </IndexFilterBlock>
    </article>
  );
}
