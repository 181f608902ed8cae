import type { ReactNode } from 'react';
import Link from '@/components/ui/Link';
import type { CcmDomainView } from '@/app/_lib/views/ccm';
import { coverageHref, HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { FactList } from '@/components/ui/FactList';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { CcmAttribution } from './CcmAttribution';
import { DomainControlsTable } from './DomainControlsTable';
import { RelatedNotes } from './RelatedNotes';
import { StatusMeanings } from './StatusMeanings';
import { TacticCoverageTable } from './TacticCoverageTable';

export function DomainPage({ view, ccmVersion, actions }: { view: CcmDomainView; ccmVersion: string; actions?: ReactNode }) {
  const s = view.summary;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.ccm, label: 'CCM' }, { label: view.id }]} />
      <PageTitle kind={`CCM v${ccmVersion} domain`} id={view.id} after={actions}>
        {view.name}
      </PageTitle>
      {view.description && (
        <div className="prose-kb max-w-3xl">
          {view.description.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      <div className="mt-6 max-w-xl">
        <FactList
          facts={[
            { label: 'Controls', value: s.controls },
            { label: 'Controls that mitigate', value: `${s.mitigating} (mapped to at least one technique)` },
            { label: 'non_mappable', value: s.nonMappable },
            { label: 'Not in the mapping', value: s.notInMapping || undefined },
            { label: 'Distinct techniques', value: `${s.techniques} techniques and sub-techniques mitigated` },
            { label: 'With Sigma rules', value: `${view.hunting.withSigma} of these ${s.techniques} have SigmaHQ detection rules` },
            { label: 'With Atomic tests', value: `${view.hunting.withAtomic} of these ${s.techniques} have Atomic Red Team tests` },
            { label: 'Mapping', value: `CTID, made against ATT&CK v${view.mappingAttackVersion}, shown against v${view.siteAttackVersion}` },
          ]}
        />
      </div>

      <Section id="controls" title="Controls" count={view.controls.length}>
        <p className="mb-2 max-w-3xl text-sm">
          “Techniques” counts the techniques and sub-techniques mapped to each control; the last two columns say how many of them have SigmaHQ detection rules and
          Atomic Red Team tests to hunt for and test them.
        </p>
        <DomainControlsTable domain={view.id} controls={view.controls} />
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">What the mapping statuses mean</summary>
          <div className="mt-2">
            <StatusMeanings meanings={[view.statuses.mitigates, view.statuses.non_mappable, view.statuses.not_in_mapping]} />
          </div>
        </details>
      </Section>

      <Section id="coverage" title="Coverage by tactic">
        <p className="mb-3 max-w-3xl text-sm">
          How many distinct techniques and sub-techniques of each tactic this domain’s controls mitigate, out of the tactic’s live ones in ATT&amp;CK v
          {view.siteAttackVersion}. A technique in several tactics counts in each. For every domain side by side, see{' '}
          <Link href={HREFS.coverage}>coverage</Link>.{' '}
          <Link href={coverageHref({ controls: [view.id] })} data-print-hide>
            Open the coverage analyzer with every {view.id} control selected
          </Link>
          .
        </p>
        <TacticCoverageTable caption={`Techniques mitigated by ${view.id} controls, per tactic`} rows={view.coverage} />
      </Section>

      <RelatedNotes notes={view.notes} />
      <CcmAttribution version={ccmVersion} />
    </article>
  );
}
