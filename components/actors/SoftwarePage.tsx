import type { ReactNode } from 'react';
import type { SoftwareView } from '@/app/_lib/views/software';
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

export function SoftwarePage({ view, actions }: { view: SoftwareView; actions?: ReactNode }) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.software, label: 'Software' }, { label: f.id }]} />
      <PageTitle kind={view.type === 'Malware' ? 'Software · malware' : 'Software · tool'} id={f.id} after={actions}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind="software" name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="prose-kb max-w-3xl">{view.description}</div>
        <ActorFactsList
          facts={f}
          attackVersion={view.attackVersion}
          extra={[
            { label: 'Type', value: view.type },
            { label: 'Platforms', value: view.platforms.length ? view.platforms.join(', ') : undefined },
            { label: 'Associated software', value: view.aliases.length ? view.aliases.join(', ') : undefined },
          ]}
        />
      </div>

      {view.aliasRows.length > 0 && (
        <Section id="aliases" title="Associated software descriptions" count={view.aliasRows.length}>
          <AliasTable rows={view.aliasRows} caption={`Other names for ${f.name}`} />
        </Section>
      )}

      {view.techniques.length > 0 && (
        <Section id="techniques" title="Techniques used" count={view.techniques.length}>
          <ProcedureTable rows={view.techniques} caption={`ATT&CK techniques ${f.name} uses, with procedure examples`} />
        </Section>
      )}

      {view.groups.length > 0 && (
        <Section id="groups" title="Groups that use it" count={view.groups.length}>
          <LinkedTable rows={view.groups} caption={`Groups that use ${f.name}`} />
        </Section>
      )}

      {view.campaigns.length > 0 && (
        <Section id="campaigns" title="Campaigns that used it" count={view.campaigns.length}>
          <LinkedTable rows={view.campaigns} caption={`Campaigns in which ${f.name} was used`} />
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
