import { Island } from '@/components/islands/Island';
import { DateTime } from './DateTime';

export interface PrintVersions {
  attack: string;
  ccm: string;
  mappingAttack: string;
  mappingUpdated: string;
}

/**
 * Shown only on paper, on every page (the root layout renders it once): where the page lives and
 * which data releases it reflects, so a printed or PDF copy in an audit file can be traced back.
 * The layout does not know the page's URL, so the build fills `data-print-source` from the page's
 * own `<link rel="canonical">` (scripts/postbuild.ts, fillPrintSource).
 */
export function PrintInfo({ canonical, versions }: { canonical?: string; versions: PrintVersions }) {
  return (
    <aside aria-label="Print information" data-print-info="" className="mb-4 hidden border-b border-slate-400 pb-2 text-xs print:block">
      <p>
        Source: <span className="break-all" data-print-source="">{canonical ?? ''}</span>
      </p>
      <p>
        MITRE ATT&amp;CK® Enterprise v{versions.attack} · CSA CCM v{versions.ccm} · CTID mapping made against ATT&amp;CK v{versions.mappingAttack}, updated{' '}
        <DateTime date={versions.mappingUpdated} />.
        <Island name="PrintDate" props={{}} inline />
      </p>
    </aside>
  );
}
