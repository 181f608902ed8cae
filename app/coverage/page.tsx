import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { DateTime } from '@/components/ui/DateTime';
import { COVERAGE_DATA_HREF, COVERAGE_SOFTWARE_HREF, wholeMappingLinks } from '@/app/_lib/exports/paths';
import { HREFS } from '@/app/_lib/urls';
import { citationProps } from '@/app/_lib/exports/citation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Island } from '@/components/islands/Island';
import { DownloadLinks } from '@/components/downloads/DownloadLinks';

export const metadata: Metadata = pageMetadata({
  title: 'Coverage analyzer',
  description:
    'Pick the CSA CCM v4.1 controls you have implemented and see which MITRE ATT&CK techniques they mitigate, which are left open, and which controls matter most against chosen threat groups.',
  path: HREFS.coverage,
});

export default function CoveragePage() {
  const { meta } = getContent();
  const versions = { ccm: meta.ccm.version, attack: meta.attack.version };
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Coverage analyzer' }]} />
      <h1 className="text-3xl font-semibold">Coverage analyzer</h1>
      <div className="mt-2 max-w-3xl space-y-2">
        <p>
          Tick the CSA Cloud Controls Matrix v{meta.ccm.version} controls your organisation has implemented to see which MITRE ATT&amp;CK{' '}
          {meta.attack.version} techniques they mitigate according to the CTID mapping, and which remain open. Add threat groups, campaigns or software to rank
          controls by how many of their techniques each one mitigates. Everything runs in your browser; the selection is kept in the address, so the link
          reproduces the analysis.
        </p>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">How techniques are counted</summary>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <strong>Mitigated</strong>: at least one implemented control is mapped to that exact technique or sub-technique. The mapping does not pass
              from a technique to its sub-techniques or back.
            </li>
            <li>
              Each control can be <strong>implemented</strong>, <strong>partially implemented</strong>, <strong>planned</strong> or{' '}
              <strong>not applicable</strong>. A technique takes the best status among the controls mapped to it: <strong>partly mitigated</strong>{' '}
              when no implemented control maps it but a partially implemented one does, <strong>planned</strong> when only planned controls do. Partly
              mitigated and planned techniques are still open: they count apart from mitigated ones, in the totals, per tactic, in the matrix and in
              every download. A control marked not applicable counts as not implemented and is never proposed in the plan.
            </li>
            <li>
              <strong>Mapped, not implemented</strong>: CCM controls are mapped to it, none of them implemented — a gap more CCM controls would close.
            </li>
            <li>
              <strong>No CCM mapping</strong>: no CCM v{meta.ccm.version} control is mapped to it at all; implementing CCM controls cannot change that.
            </li>
            <li>
              Counts include sub-techniques; a technique under several tactics counts under each of them. Deprecated and revoked techniques are left out.
              The mapping was made against ATT&amp;CK {meta.mapping.attackVersion} (updated <DateTime date={meta.mapping.updated} />).
            </li>
          </ul>
        </details>
      </div>

      <noscript>
        <div className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950">
          <p>
            The coverage analyzer runs in your browser and needs JavaScript. Without it you can still work from the whole mapping: download the CSV below
            and filter it in a spreadsheet on the controls you have implemented, or load the Navigator layer in the MITRE ATT&amp;CK Navigator. Each CCM
            control page (<Link href={HREFS.ccm}>CCM domains</Link>) lists the techniques it mitigates.
          </p>
        </div>
      </noscript>

      <Island name="CoverageApp" props={{ dataHref: COVERAGE_DATA_HREF, softwareHref: COVERAGE_SOFTWARE_HREF }} />

      <section aria-labelledby="coverage-downloads" className="mt-10">
        <h2 id="coverage-downloads" className="text-xl font-semibold">
          The whole mapping
        </h2>
        <DownloadLinks links={wholeMappingLinks(versions)} subject="the whole mapping" />
      </section>

      <Island name="CiteThis" props={citationProps(meta, 'Coverage analyzer: CSA CCM ↔ MITRE ATT&CK', HREFS.coverage)} />
    </article>
  );
}
