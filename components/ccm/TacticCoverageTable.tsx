import Link from '@/components/ui/Link';
import type { TacticCoverage } from '@/app/_lib/views/ccm';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';

/** Per tactic: how many of its live techniques (incl. sub-techniques) are mitigated, with a bar. */
export function TacticCoverageTable({ caption, rows }: { caption: string; rows: TacticCoverage[] }) {
  return (
    <DataTable
      caption={caption}
      columns={[
        'Tactic',
        { label: 'Techniques mitigated', numeric: true },
        { label: 'Of live techniques', numeric: true },
        { label: <span className="sr-only">Share (bar)</span>, width: 'w-2/5' },
      ]}
    >
      <tbody>
        {rows.map((r) => {
          const pct = r.total ? Math.round((100 * r.mapped) / r.total) : 0;
          return (
            <tr key={r.id}>
              <th scope="row">
                <Link href={r.href}>{r.name}</Link>
              </th>
              <td className={T.n}>{r.mapped}</td>
              <td className={T.n}>
                {r.total} <span className="text-slate-600 dark:text-slate-400">{`(${pct}%)`}</span>
              </td>
              <td>
                <div className="h-3 w-full rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                  <div className="h-3 rounded bg-blue-600 dark:bg-blue-400" style={{ width: `${pct}%` }} />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
