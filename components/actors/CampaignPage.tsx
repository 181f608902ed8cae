import type { ReactNode } from 'react';
import type { CampaignView } from '@/app/_lib/views/campaign';
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

export function CampaignPage({ view, actions }: { view: CampaignView; actions?: ReactNode }) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.campaigns, label: 'Campaigns' }, { label: f.id }]} />
      <PageTitle kind="Campaign" id={f.id} after={actions}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind="campaign" name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="prose-kb max-w-3xl">{view.description}</div>
        <ActorFactsList
          facts={f}
          attackVersion={view.attackVersion}
          extra={[
            {
              label: 'First seen',
              value: view.firstSeen ? (
                <>
                  {view.firstSeen.text}
                  {view.firstSeen.citation}
                </>
              ) : undefined,
            },
            {
              label: 'Last seen',
              value: view.lastSeen ? (
                <>
                  {view.lastSeen.text}
                  {view.lastSeen.citation}
                </>
              ) : undefined,
            },
            { label: 'Associated campaigns', value: view.aliases.length ? view.aliases.join(', ') : undefined },
          ]}
        />
      </div>

      {view.aliasRows.length > 0 && (
        <Section id="aliases" title="Associated campaign descriptions" count={view.aliasRows.length}>
          <AliasTable rows={view.aliasRows} caption={`Other names for ${f.name}`} />
        </Section>
      )}

      {view.groups.length > 0 && (
        <Section id="groups" title="Attributed groups" count={view.groups.length}>
          <LinkedTable rows={view.groups} caption={`Groups ${f.name} is attributed to`} noteLabel="Attribution" />
        </Section>
      )}

      {view.techniques.length > 0 && (
        <Section id="techniques" title="Techniques used" count={view.techniques.length}>
          <ProcedureTable rows={view.techniques} caption={`ATT&CK techniques used in ${f.name}, with procedure examples`} />
        </Section>
      )}

      {view.software.length > 0 && (
        <Section id="software" title="Software used" count={view.software.length}>
          <LinkedTable rows={view.software} caption={`Software used in ${f.name}`} detailLabel="Type" />
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
