import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { buildCcmIndex } from '@/app/_lib/views/ccm';
import { CSA_CCM_URL, CTID_MAPPINGS_URL } from '@/app/_lib/views/about';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { CcmAttribution } from '@/components/ccm/CcmAttribution';
import { DomainsTable } from '@/components/ccm/DomainsTable';
import { DomainControlsTable } from '@/components/ccm/DomainControlsTable';
import { IndexFilterBlock } from '@/components/ui/IndexFilterBlock';
import { StatusMeanings } from '@/components/ccm/StatusMeanings';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { DateTime } from '@/components/ui/DateTime';

export const metadata: Metadata = pageMetadata({ title: 'Cloud Controls Matrix domains', description: 'The 17 domains of the CSA Cloud Controls Matrix v4.1 and how their controls map to MITRE ATT&CK techniques.', path: HREFS.ccm });

export default function CcmIndexPage() {
  const v = buildCcmIndex(getContent());
  return (
    <article>
      <Breadcrumbs items={[{ label: 'CCM' }]} />
      <PageTitle kind="CSA Cloud Controls Matrix">CCM v{v.ccmVersion} domains</PageTitle>
      <div className="prose-kb max-w-3xl">
        <p>
          The Cloud Controls Matrix (CCM) is the Cloud Security Alliance’s control framework for cloud computing: {v.totals.controls} control
          objectives in {v.domains.length} domains, each control stating what a cloud service provider or customer must do. It is the basis of CSA STAR
          assessments and maps to ISO 27001/27017, NIST and other frameworks.
        </p>
        <p>
          The Center for Threat-Informed Defense (CTID) maps each CCM v{v.ccmVersion} control to the MITRE ATT&amp;CK techniques it mitigates, with a
          rationale per row (<a href={CTID_MAPPINGS_URL}>Mappings Explorer</a>). The mapping was made against ATT&amp;CK v{v.mappingAttackVersion}{' '}
          (updated <DateTime date={v.mappingUpdated} />); this site shows it against ATT&amp;CK v{v.siteAttackVersion} and says where a technique changed since. Open a
          domain for its controls and coverage by tactic, or a control for its techniques and the mapping’s rationale.
        </p>
      </div>

      <Section id="mapping-types" title="Mapping types">
        <p className="mb-3 max-w-3xl text-sm">Each control has one or more of these statuses. The first two are the mapping’s own types, with its definitions:</p>
        <StatusMeanings meanings={v.statuses} />
      </Section>

      <Section id="domains" title="Domains" count={v.domains.length}>
        <DomainsTable domains={v.domains} totals={v.totals} />
        <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          {v.mitigatingAndNonMappable.length > 0 && (
            <>
              The mapping both maps techniques to and marks <code>non_mappable</code>{' '}
              {v.mitigatingAndNonMappable.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  <Link href={c.href}>{c.id}</Link>
                </span>
              ))}
              , so the status columns can add up to more than the control count.{' '}
            </>
          )}
          Distinct techniques count each technique and sub-technique once per domain.
        </p>
      </Section>

      <Section id="controls" title="All controls" count={v.controls.length}>
        <p className="mb-3 max-w-3xl text-sm">Every control, filtered by domain or mapping status (a control can have two), or sorted by how many techniques the mapping maps to it.</p>
        <IndexFilterBlock spec={v.controlsFilter}>
          <DomainControlsTable domain={null} controls={v.controls} />
        </IndexFilterBlock>
      </Section>

      {v.notInMapping.length > 0 && (
        <Section id="not-in-mapping" title="Controls not in the mapping" count={v.notInMapping.length}>
          <p className="mb-2 max-w-3xl text-sm">
            These CCM v{v.ccmVersion} controls have no row in the CTID mapping at all. They have pages, with the specification text where the open data
            has it.
          </p>
          <ul className="list-disc pl-6 text-sm leading-6">
            {v.notInMapping.map((c) => (
              <li key={c.id}>
                <Link href={c.href} className="font-mono">
                  {c.id}
                </Link>
                {c.title ? ` ${c.title}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <p className="mt-10 text-sm">
        The authoritative CCM, with implementation guidelines and the CAIQ questionnaire, is published by CSA:{' '}
        <a href={CSA_CCM_URL} rel="noopener noreferrer external">
          Cloud Controls Matrix
        </a>
        . Known gaps in the open data are listed in <Link href={HREFS.dataNotes}>data notes</Link>.
      </p>
      <CcmAttribution version={v.ccmVersion} />
    </article>
  );
}
