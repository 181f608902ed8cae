import { Island } from '@/components/islands/Island';
import { DateTime } from './DateTime';

export interface PrintVersions {
  attack: string;
  ccm: string;
  mappingAttack: string;
  mappingUpdated: string;
}

/**
 * Shown only on paper: where the page lives and which data releases it reflects, so a printed
 * or PDF copy in an audit file can be traced back. The canonical URL comes from the page.
 */
export function PrintInfo({ canonical, versions }: { canonical: string; versions: PrintVersions }) {
  return (
    <aside aria-label="Print information" className="mb-4 hidden border-b border-slate-400 pb-2 text-xs print:block">
      <p>
        Source: <span className="break-all">{canonical}</span>
      </p>
      <p>
        MITRE ATT&amp;CK® Enterprise v{versions.attack} · CSA CCM v{versions.ccm} · CTID mapping made against ATT&amp;CK v{versions.mappingAttack}, updated{' '}
        <DateTime date={versions.mappingUpdated} />.
        <Island name="PrintDate" props={{}} inline />
      </p>
    </aside>
  );
}
