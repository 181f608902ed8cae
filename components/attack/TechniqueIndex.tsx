import type { TechniqueIndexRow } from '@/app/_lib/views/technique';
import { withBasePath } from '@/app/_lib/urls';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { RowLink } from '@/components/ui/RowLink';

/**
 * All techniques by id, sub-techniques nested under their parent (one <tbody> per technique).
 * ~700 rows, so links are plain <a> and cells carry no classes but the numbers'.
 */
/** Attributes the index filters' CSS keys on (TechniqueFilter): `,a,b,` lists so `*=",a,"` matches whole items. */
const filterAttrs = (r: TechniqueIndexRow) => ({
  'data-t': `,${r.filter.tactics.join(',')},`,
  'data-p': `,${r.filter.platforms.join(',')},`,
  'data-h': r.filter.hunting,
  ...(r.ccm > 0 ? { 'data-c': '' } : {}),
});

export function TechniqueIndexTable({
  rows,
  caption,
  showTactics = true,
  filterable = false,
}: {
  rows: TechniqueIndexRow[];
  caption: string;
  showTactics?: boolean;
  /** Rows carry the attributes the index filters hide them by. */
  filterable?: boolean;
}) {
  return (
    <DataTable
      caption={caption}
      ids="small"
      className="min-w-[36rem]"
      columns={[{ label: 'ID', width: 'w-28' }, 'Name', ...(showTactics ? ['Tactics'] : []), { label: 'CCM controls', numeric: true }]}
    >
      {rows.map((t) => (
        <tbody key={t.id} className={T.nest}>
          <tr id={t.anchor} {...(filterable ? filterAttrs(t) : {})}>
            <td>
              {t.id}
              <RowLink anchor={t.anchor} />
            </td>
            <th scope="row">
              <a href={withBasePath(t.href)}>{t.name}</a>
              {t.subtechniques.length > 0 && <small>{`${t.subtechniques.length} sub-techniques`}</small>}
            </th>
            {showTactics && <td>{t.tactics.join(', ')}</td>}
            <td className={T.n}>{t.ccm}</td>
          </tr>
          {t.subtechniques.map((s) => (
            <tr key={s.id} id={s.anchor} {...(filterable ? filterAttrs(s) : {})}>
              <td>
                {s.id}
                <RowLink anchor={s.anchor} />
              </td>
              <th scope="row">
                <a href={withBasePath(s.href)}>{s.name}</a>
              </th>
              {showTactics && <td />}
              <td className={T.n}>{s.ccm}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </DataTable>
  );
}
