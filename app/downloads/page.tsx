import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { downloadsView } from '@/app/_lib/exports/downloads-view';
import { HREFS } from '@/app/_lib/urls';
import { citationProps } from '@/app/_lib/exports/citation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Island } from '@/components/islands/Island';
import { DownloadHelp, DownloadLinks, formatBytes } from '@/components/downloads/DownloadLinks';
import { Section } from '@/components/ui/Section';
import { DateTime } from '@/components/ui/DateTime';
import { DOWNLOADS_ROOT, FORMAT_LABEL } from '@/app/_lib/exports/paths';
import { withBasePath } from '@/app/_lib/urls';

export const metadata: Metadata = pageMetadata({ title: 'Downloads', description: 'The CSA CCM v4.1 ↔ MITRE ATT&CK mapping as CSV, JSON, ATT&CK Navigator layers and a STIX 2.1 bundle.', path: DOWNLOADS_ROOT });

export default function DownloadsPage() {
  const g = getContent();
  const v = downloadsView(g);
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Downloads' }]} />
      <h1 className="text-3xl font-semibold">Downloads</h1>
      <p className="mt-2 max-w-3xl">
        The CTID mapping of CSA Cloud Controls Matrix v{v.versions.ccm} to MITRE ATT&amp;CK Enterprise, made against ATT&amp;CK {v.versions.mappingAttack}{' '}
        (updated <DateTime date={v.versions.mappingUpdated} />) and shown here on ATT&amp;CK {v.versions.attack}. File names carry the versions, so a link in a report
        keeps pointing at the data it was written about.
      </p>

      <Section id="whole-mapping" title="Whole mapping">
        <div className="overflow-x-auto">
          <table className="text-sm">
            <caption className="sr-only">Whole-mapping files</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-4">
                  Format
                </th>
                <th scope="col" className="py-1 pr-4">
                  File
                </th>
                <th scope="col" className="py-1 pr-4 text-right">
                  Size
                </th>
              </tr>
            </thead>
            <tbody>
              {[...v.whole, v.coverageData].map((l) => (
                <tr key={l.href} className="border-t border-slate-200 dark:border-slate-700">
                  <td className="py-1 pr-4">{l.label ?? FORMAT_LABEL[l.format]}</td>
                  <td className="py-1 pr-4">
                    <a href={withBasePath(l.href)} download>
                      <code>{l.href.split('/').pop()}</code>
                    </a>
                  </td>
                  <td className="py-1 pr-4 text-right tabular-nums">{formatBytes(l.bytes ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <DownloadHelp />
      </Section>

      <Section id="by-domain" title="By CCM domain">
        <ul className="space-y-2">
          {v.domains.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-x-3">
              <Link href={d.href}>
                {d.id} {d.name}
              </Link>
              {d.links.length ? (
                <DownloadLinks links={d.links} subject={`${d.id} ${d.name}`} help={false} label="Files" compact />
              ) : (
                <span className="text-sm text-slate-600 dark:text-slate-400">no control of this domain is mapped to ATT&amp;CK</span>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="per-page" title="Per control, technique, mitigation, group, campaign and software">
        <p className="max-w-3xl">
          Every CCM control ({v.counts.controls} with mappings), technique ({v.counts.techniques} with CCM mappings), ATT&amp;CK mitigation (
          {v.counts.mitigations}), group ({v.counts.groups}),
          campaign ({v.counts.campaigns}) and software ({v.counts.software}) page offers its own files. The addresses follow one pattern ({v.fileCount} files in all):
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
          <li>
            <code>/downloads/ccm/IAM-14.csv</code>, <code>.json</code>, <code>.layer.json</code> — one control (<code>&amp;</code> is dropped: I&amp;S-06 →{' '}
            <code>IS-06</code>)
          </li>
          <li>
            <code>/downloads/ccm-domains/IAM.csv</code>, <code>.json</code>, <code>.layer.json</code> — one domain
          </li>
          <li>
            <code>/downloads/techniques/T1133.csv</code>, <code>.json</code> — the controls mapped to one technique (sub-techniques:{' '}
            <code>T1078.004.csv</code>)
          </li>
          <li>
            <code>/downloads/groups/G0096.csv</code>, <code>.json</code>, <code>.layer.json</code> — a group’s techniques and the controls that mitigate
            them; <code>/downloads/campaigns/C0024.…</code> and <code>/downloads/software/S0154.…</code> likewise
          </li>
          <li>
            <code>/downloads/mitigations/M1032.csv</code>, <code>.json</code>, <code>.layer.json</code> — the techniques an ATT&amp;CK mitigation addresses
            and the CCM controls mapped to them
          </li>
        </ul>
        <p className="mt-2">
          For your own selection of implemented controls and threats, use the <Link href={HREFS.coverage}>coverage analyzer</Link>: it exports CSV and a
          Navigator layer.
        </p>
      </Section>

      <Island name="CiteThis" props={citationProps(g.meta, `CSA CCM v${v.versions.ccm} ↔ MITRE ATT&CK mapping: downloads`, DOWNLOADS_ROOT)} />
    </article>
  );
}
