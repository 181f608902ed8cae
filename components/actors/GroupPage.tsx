import type { ReactNode } from 'react';
import type { GroupView } from '@/app/_lib/views/group';
import { HREFS } from '@/app/_lib/urls';
import { RelatedNotes } from '@/components/ccm/RelatedNotes';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageTitle } from '@/components/ui/PageTitle';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { ActorFactsList } from './ActorFactsList';
import { AliasTable } from './AliasTable';
import { DeprecatedNotice } from './DeprecatedNotice';
import { LinkedTable } from './LinkedTable';
import { ProcedureTable } from './ProcedureTable';
import { RankedControls } from './RankedControls';

export function GroupPage({ view, actions }: { view: GroupView; actions?: ReactNode }) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.groups, label: 'Groups' }, { label: f.id }]} />
      <PageTitle kind="Group" id={f.id} after={actions}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind="group" name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="prose-kb max-w-3xl">{view.description}</div>
        <ActorFactsList
          facts={f}
          attackVersion={view.attackVersion}
          extra={[{ label: 'Associated groups', value: view.aliases.length ? view.aliases.join(', ') : undefined }]}
        />
      </div>

      {view.aliasRows.length > 0 && (
        <Section id="aliases" title="Associated group descriptions" count={view.aliasRows.length}>
          <AliasTable rows={view.aliasRows} caption={`Other names for ${f.name}`} />
        </Section>
      )}

      {view.campaigns.length > 0 && (
        <Section id="campaigns" title="Campaigns" count={view.campaigns.length}>
          <LinkedTable rows={view.campaigns} caption={`Campaigns attributed to ${f.name}`} detailLabel="Active" noteLabel="Attribution" />
        </Section>
      )}

      {view.techniques.length > 0 && (
        <Section id="techniques" title="Techniques used" count={view.techniques.length}>
          <ProcedureTable rows={view.techniques} caption={`ATT&CK techniques ${f.name} has used, with procedure examples`} />
        </Section>
      )}

      {view.software.length > 0 && (
        <Section id="software" title="Software used" count={view.software.length}>
          <LinkedTable rows={view.software} caption={`Software ${f.name} has used`} detailLabel="Type" />
        </Section>
      )}

      {view.ccm.total > 0 && (
        <Section id="ccm" title="CCM controls that address its techniques">
          <RankedControls ccm={view.ccm} name={f.name} mappingAttackVersion={view.mappingAttackVersion} />
        </Section>
      )}

      <RelatedNotes notes={view.notes} />
      <References entries={view.references} />
    </article>
  );
}
