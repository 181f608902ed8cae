/**
 * Download links for a subject's files, plus a short "About these files" note (CSV dialect,
 * layer and STIX details). Server component; plain <a download> links work without JavaScript.
 *
 * Mount (props are plain data):
 *   <DownloadLinks links={downloadLinksFor(getContent(), 'ccm-control', 'IAM-14')} subject="IAM-14" />
 *   <DownloadLinks links={wholeMappingLinks({ ccm: '4.1', attack: '18.1' })} subject="the whole mapping" />
 * Renders nothing for an empty list.
 */
import { withBasePath } from '@/app/_lib/urls';
import { downloadFileName, FORMAT_LABEL, type DownloadLink } from '@/app/_lib/exports/paths';
import { DOWNLOAD_LINK } from './styles';

const SHORT: Record<DownloadLink['format'], string> = { csv: 'CSV', json: 'JSON', layer: 'Navigator layer', stix: 'STIX 2.1' };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export interface DownloadLinksProps {
  links: DownloadLink[];
  /** What the files are about, for link names: "IAM-14" → "CSV for IAM-14". */
  subject?: string;
  /** Show the "About these files" note (default true). */
  help?: boolean;
  /** Visible label before the links (default "Download"). */
  label?: string;
  /** No vertical margin, for use inside a list or table row. */
  compact?: boolean;
}

export function DownloadLinks({ links, subject, help = true, label = 'Download', compact = false }: DownloadLinksProps) {
  if (!links.length) return null;
  return (
    <div className={`${compact ? '' : 'my-4 '}text-sm`} data-print-hide>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{label}:</span>
        <ul className="flex flex-wrap gap-2">
          {links.map((l) => (
            <li key={l.href}>
              <a
                href={withBasePath(l.href)}
                download={downloadFileName(l.href)}
                className={DOWNLOAD_LINK}
                title={`${FORMAT_LABEL[l.format]}: ${downloadFileName(l.href)}`}
              >
                {l.label ?? SHORT[l.format]}
                {subject && <span className="sr-only">{` for ${subject}`}</span>}
                {l.bytes !== undefined && <span className="ml-1 text-slate-600 dark:text-slate-400">({formatBytes(l.bytes)})</span>}
              </a>
            </li>
          ))}
        </ul>
      </div>
      {help && (
        <details className="mt-2">
          <summary className="cursor-pointer text-slate-700 dark:text-slate-300">About these files</summary>
          <DownloadHelp />
        </details>
      )}
    </div>
  );
}

/** What the files hold and how they are written. Also shown on /downloads/. */
export function DownloadHelp() {
  return (
    <div className="mt-2 max-w-3xl space-y-2 text-slate-700 dark:text-slate-300">
      <p>
        <strong>CSV and JSON</strong> hold the mapping rows shown on the page, one per CCM control and ATT&amp;CK technique: <code>control_id</code>,{' '}
        <code>control_title</code>, <code>domain</code>, <code>technique_id</code>, <code>technique_name</code> (as named in the ATT&amp;CK release this
        site shows), <code>mapping_type</code>, <code>rationale</code>, <code>mapping_attack_version</code> (the release the mapping was made against),{' '}
        <code>site_attack_version</code> and <code>technique_status_now</code>. Group and campaign files also list the techniques no CCM control maps, with
        the control columns empty (null in JSON). JSON adds the versions, the source and the licence.
      </p>
      <p>
        <strong>CSV dialect:</strong> UTF-8 with a byte-order mark, comma-separated, CRLF line ends, a header row; fields holding a comma, a double quote or
        a line break are enclosed in double quotes, with inner quotes doubled (RFC 4180). To keep spreadsheets from running formulas, a field that starts
        with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return is prefixed with a single quote <code>&apos;</code>.
      </p>
      <p>
        <strong>Navigator layers</strong> use layer format 4.5 for the Enterprise domain and open unmodified in the MITRE ATT&amp;CK Navigator (Open
        Existing Layer → Upload from local). Only techniques with something to show are listed; the score is the number of CCM controls that mitigate
        the technique (for a single control: 1), the colour scale runs from 0 to the highest score in the layer, and each technique’s comment names the
        controls.
      </p>
      <p>
        <strong>STIX 2.1</strong> (whole mapping only): each CCM control is a <code>course-of-action</code>, each mapping a <code>mitigates</code>{' '}
        relationship to the ATT&amp;CK <code>attack-pattern</code> by its official STIX id, so the bundle can be loaded next to MITRE’s ATT&amp;CK
        bundle. Ids are stable from one build to the next.
      </p>
      <p>
        ATT&amp;CK® © The MITRE Corporation; CCM © Cloud Security Alliance (
        <a href="https://cloudsecurityalliance.org/research/cloud-controls-matrix">official CCM</a>); mapping © Center for Threat-Informed Defense,
        Apache-2.0.
      </p>
    </div>
  );
}
