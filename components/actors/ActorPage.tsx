import type { ReactNode } from 'react';
import type { HistoryView } from '@/app/_lib/views/history';
import { HistorySection } from '@/components/history/HistorySection';
import type { ActorView } from '@/app/_lib/views/group';
import { coverageHref, HREFS } from '@/app/_lib/urls';
import Link from '@/components/ui/Link';
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

export type ActorKind = 'group' | 'campaign' | 'software';

const INDEX: Record<ActorKind, { href: string; label: string }> = {
  group: { href: HREFS.groups, label: 'Groups' },
  campaign: { href: HREFS.campaigns, label: 'Campaigns' },
  software: { href: HREFS.software, label: 'Software' },
};

/**
 * The page of a group, campaign or software: title, description and facts, other names, the
 * techniques used with their procedure text, the CCM controls that address the most of them,
 * data notes and references. `before` and `after` hold the kind's own linked tables, shown
 * around "Techniques used".
 */
export function ActorPage({
  kind,
  view,
  actions,
  titleKind,
  facts,
  techniquesCaption,
  before,
  after,
  history,
}: {
  kind: ActorKind;
  view: ActorView;
  actions?: ReactNode;
  /** Above the h1: "Group", "Software · malware", … */
  titleKind: string;
  /** Facts of this kind, listed after the id. */
  facts: { label: string; value: ReactNode }[];
  techniquesCaption: string;
  before?: ReactNode;
  after?: ReactNode;
  /** The History section (issue 17), shown before data notes and references. */
  history?: HistoryView;
}) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[INDEX[kind], { label: f.id }]} />
      <PageTitle kind={titleKind} id={f.id} after={actions}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind={kind} name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="prose-kb max-w-3xl">{view.description}</div>
        <ActorFactsList facts={f} attackVersion={view.attackVersion} extra={facts} />
      </div>

      {view.aliasRows.length > 0 && (
        <Section id="aliases" title={`Associated ${kind} descriptions`} count={view.aliasRows.length}>
          <AliasTable rows={view.aliasRows} caption={`Other names for ${f.name}`} />
        </Section>
      )}

      {before}

      {view.techniques.length > 0 && (
        <Section id="techniques" title="Techniques used" count={view.techniques.length}>
          <ProcedureTable rows={view.techniques} caption={techniquesCaption} />
        </Section>
      )}

      {after}

      {view.ccm.total > 0 && (
        <Section id="ccm" title="CCM controls that address its techniques">
          {f.status === 'live' && (
            <p className="mb-3 max-w-3xl text-sm" data-print-hide>
              <Link href={coverageHref(kind === 'group' ? { groups: [f.id] } : kind === 'campaign' ? { campaigns: [f.id] } : { software: [f.id] })}>
                Check your own CCM controls against {f.name} in the coverage analyzer
              </Link>{' '}
              ({f.name} chosen: tick or import the controls you have, and it ranks the next ones to implement).
            </p>
          )}
          <RankedControls ccm={view.ccm} name={f.name} mappingAttackVersion={view.mappingAttackVersion} />
        </Section>
      )}

      <HistorySection view={history} name={f.name} />
      <RelatedNotes notes={view.notes} />
      <References entries={view.references} />
    </article>
  );
}

/** A section of linked rows (campaigns, groups, software), when there are any. */
export function LinkedSection({ id, title, ...table }: { id: string; title: string } & Parameters<typeof LinkedTable>[0]) {
  return table.rows.length > 0 ? (
    <Section id={id} title={title} count={table.rows.length}>
      <LinkedTable {...table} />
    </Section>
  ) : null;
}
