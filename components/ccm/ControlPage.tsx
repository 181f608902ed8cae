import type { ReactNode } from 'react';
import Link from '@/components/ui/Link';
import type { CcmControlView } from '@/app/_lib/views/ccm';
import { CSA_CCM_URL } from '@/app/_lib/views/about';
import { coverageHref, HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { FactList } from '@/components/ui/FactList';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { DateTime } from '@/components/ui/DateTime';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { CcmAttribution } from './CcmAttribution';
import { ControlMappings } from './ControlMappings';
import { MappingStatusBadge, MappingStatusList } from './MappingStatusBadge';
import { RelatedControls } from './RelatedControls';
import { RelatedNotes } from './RelatedNotes';
import { SpecificationText } from './SpecificationText';

export function ControlPage({ view, actions }: { view: CcmControlView; actions?: ReactNode }) {
  const mitigates = view.statuses.includes('mitigates');
  const nonMappable = view.statuses.includes('non_mappable');
  const notInMapping = view.statuses.includes('not_in_mapping');
  const era = `Mapping made against ATT&CK v${view.mappingAttackVersion}, shown against v${view.siteAttackVersion}`;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.ccm, label: 'CCM' }, { href: view.domain.href, label: view.domain.id }, { label: view.id }]} />
      <PageTitle
        kind={`CCM v${view.ccmVersion} control`}
        id={view.id}
        after={
          <>
            {view.title ? null : <p className="mt-1 text-slate-700 dark:text-slate-300">This control’s title is not in the open data.</p>}
            {actions}
          </>
        }
      >
        {view.title ?? view.id}
      </PageTitle>

      <div className="max-w-3xl">
        <FactList
          facts={[
            { label: 'Control ID', value: <span className="font-mono">{view.id}</span> },
            {
              label: 'Domain',
              value: (
                <Link href={view.domain.href}>
                  {view.domain.id} · {view.domain.name}
                </Link>
              ),
            },
            { label: 'Mapping status', value: <MappingStatusList statuses={view.statuses} /> },
            { label: 'Techniques mitigated', value: mitigates ? view.techniqueCount : notInMapping ? 'unknown (not in the mapping)' : 'none' },
            {
              label: 'ATT&CK versions',
              value: (
                <>
                  {era} (mapping updated <DateTime date={view.mappingUpdated} />)
                </>
              ),
            },
          ]}
        />
      </div>

      <Section id="specification" title="Control specification">
        {view.specification ? (
          <>
            <SpecificationText text={view.specification} />
            <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
              © Cloud Security Alliance. CCM v{view.ccmVersion} specification text as published in the open CTID data; the authoritative text is in the{' '}
              <a href={CSA_CCM_URL} rel="noopener noreferrer external">
                official Cloud Controls Matrix
              </a>
              .
            </p>
          </>
        ) : (
          <StatusNotice>
            The specification text of {view.id} is not in the open data (the descriptions file has no text that can be aligned with this CCM v
            {view.ccmVersion} control with certainty). Read it in CSA’s{' '}
            <a href={CSA_CCM_URL} rel="noopener noreferrer external">
              official Cloud Controls Matrix
            </a>
            .
          </StatusNotice>
        )}
      </Section>

      <Section id="mapping-status" title="Mapping status">
        <p className="mb-3 max-w-3xl text-sm" data-print-hide>
          <Link href={coverageHref({ controls: [view.id] })}>Open the coverage analyzer with {view.id} selected</Link> to see what it leaves open and what
          to add next.
        </p>
        <dl className="max-w-3xl space-y-3 text-sm">
          {view.statuses.map((s) => (
            <div key={s}>
              <dt>
                <MappingStatusBadge status={s} />
              </dt>
              <dd className="mt-1">
                {view.meanings[s].description}
                {s === 'mitigates' && ` The mapping lists ${view.techniqueCount} technique${view.techniqueCount === 1 ? '' : 's'} for ${view.id}, below.`}
              </dd>
            </div>
          ))}
        </dl>
        {mitigates && nonMappable && (
          <StatusNotice tone="warning">
            The mapping marks {view.id} as <code>non_mappable</code> and also lists {view.techniqueCount} techniques it mitigates. Both are shown as
            published; treat the rows below as the mapping’s claims and the <code>non_mappable</code> row as its general verdict on the control.
          </StatusNotice>
        )}
        {nonMappable && !mitigates && (
          <p className="mt-3 max-w-3xl text-sm">
            So no ATT&amp;CK technique is listed for {view.id}. That is the mapping’s judgement, not a gap in this site: the control may still matter
            for compliance, it just does not directly prevent a technique as ATT&amp;CK describes them.
          </p>
        )}
        {notInMapping && (
          <p className="mt-3 max-w-3xl text-sm">
            Whether {view.id} mitigates any ATT&amp;CK technique is therefore unknown, not “none”.
          </p>
        )}
      </Section>

      {mitigates && (
        <Section id="techniques" title="Techniques mitigated" count={view.techniqueCount}>
          <p className="mb-4 max-w-3xl text-sm">
            {era}: names are ATT&amp;CK v{view.siteAttackVersion}’s, with a note where the mapping recorded another name or the technique changed since.
            Each technique appears once, under its first tactic in matrix order.
          </p>
          <ControlMappings groups={view.groups} sharedRationales={view.sharedRationales} mappingAttackVersion={view.mappingAttackVersion} />
        </Section>
      )}

      {view.related.length > 0 && (
        <Section id="related" title="Related controls" count={view.relatedTotal}>
          <p className="mb-3 max-w-3xl text-sm">
            Controls that mitigate some of the same techniques, ranked by how many they share
            {view.relatedTotal > view.related.length ? ` (top ${view.related.length} of ${view.relatedTotal})` : ''}.
          </p>
          <RelatedControls controls={view.related} />
        </Section>
      )}

      <RelatedNotes notes={view.notes} />

      {(view.prev || view.next) && (
        <nav aria-label="Controls in this domain" className="mt-10 flex flex-wrap justify-between gap-4 text-sm">
          {view.prev ? (
            <Link href={view.prev.href} rel="prev">
              ← {view.prev.id} {view.prev.title ?? ''}
            </Link>
          ) : (
            <span />
          )}
          {view.next && (
            <Link href={view.next.href} rel="next">
              {view.next.id} {view.next.title ?? ''} →
            </Link>
          )}
        </nav>
      )}
      <CcmAttribution version={view.ccmVersion} />
    </article>
  );
}
