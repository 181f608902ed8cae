import type { TechniqueIndexRow } from '@/app/_lib/views/technique';
import { withBasePath } from '@/app/_lib/urls';
import { ID, MUTED, SCROLL, TABLE, TD, TH, THEAD, TR } from './styles';

/**
 * All techniques by id, sub-techniques nested under their parent. ~700 rows, so links are plain
 * <a> (no prefetch of every row on scroll) and rows carry few classes.
 */
export function TechniqueIndexTable({ rows, caption, showTactics = true }: { rows: TechniqueIndexRow[]; caption: string; showTactics?: boolean }) {
  return (
    <div className={SCROLL}>
      <table className={`${TABLE} min-w-[36rem]`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={`${TH} w-28`}>
              ID
            </th>
            <th scope="col" className={TH}>
              Name
            </th>
            {showTactics && (
              <th scope="col" className={TH}>
                Tactics
              </th>
            )}
            <th scope="col" className={`${TH} text-right`}>
              CCM controls
            </th>
          </tr>
        </thead>
        {rows.map((t) => (
          <tbody key={t.id} className="border-b border-slate-300 dark:border-slate-600">
            <tr id={t.anchor} className={TR}>
              <td className={TD}>
                <a href={withBasePath(t.href)} className={ID}>
                  {t.id}
                </a>
              </td>
              <th scope="row" className={`${TD} text-left font-medium`}>
                <a href={withBasePath(t.href)}>{t.name}</a>
                {t.subtechniques.length > 0 && <span className={`ml-1 text-xs font-normal ${MUTED}`}>({t.subtechniques.length} sub-techniques)</span>}
              </th>
              {showTactics && <td className={TD}>{t.tactics.join(', ')}</td>}
              <td className={`${TD} text-right tabular-nums`}>{t.ccm}</td>
            </tr>
            {t.subtechniques.map((s) => (
              <tr key={s.id} id={s.anchor} className="align-top text-[0.8125rem] target:bg-yellow-50 dark:target:bg-yellow-950">
                <td className="py-1 pr-2 pl-5">
                  <a href={withBasePath(s.href)} className={ID}>
                    {s.id}
                  </a>
                </td>
                <th scope="row" className="py-1 pr-2 pl-5 text-left font-normal">
                  <a href={withBasePath(s.href)}>{s.name}</a>
                </th>
                {showTactics && <td />}
                <td className="px-2 py-1 text-right tabular-nums">{s.ccm}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
