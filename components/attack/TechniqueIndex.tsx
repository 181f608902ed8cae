import type { TechniqueIndexRow } from '@/app/_lib/views/technique';
import { withBasePath } from '@/app/_lib/urls';
import { SCROLL } from './styles';
import T from './tables.module.css';

/**
 * All techniques by id, sub-techniques nested under their parent (one <tbody> per technique).
 * ~700 rows, so links are plain <a> (no prefetch of every row on scroll) and cells carry no classes.
 */
export function TechniqueIndexTable({ rows, caption, showTactics = true }: { rows: TechniqueIndexRow[]; caption: string; showTactics?: boolean }) {
  return (
    <div className={SCROLL}>
      <table className={`${T.t} min-w-[36rem]`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-28">
              ID
            </th>
            <th scope="col">Name</th>
            {showTactics && <th scope="col">Tactics</th>}
            <th scope="col" className={T.n}>
              CCM controls
            </th>
          </tr>
        </thead>
        {rows.map((t) => (
          <tbody key={t.id} className={T.nest}>
            <tr id={t.anchor}>
              <td className={T.id}>{t.id}</td>
              <th scope="row" className="font-medium">
                <a href={withBasePath(t.href)}>{t.name}</a>
                {t.subtechniques.length > 0 && <small>{`${t.subtechniques.length} sub-techniques`}</small>}
              </th>
              {showTactics && <td>{t.tactics.join(', ')}</td>}
              <td className={T.n}>{t.ccm}</td>
            </tr>
            {t.subtechniques.map((s) => (
              <tr key={s.id} id={s.anchor}>
                <td className={T.id}>{s.id}</td>
                <th scope="row">
                  <a href={withBasePath(s.href)}>{s.name}</a>
                </th>
                {showTactics && <td />}
                <td className={T.n}>{s.ccm}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
