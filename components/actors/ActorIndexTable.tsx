import type { ActorIndexRow } from '@/app/_lib/views/group';
import { DataTable, IdName, tableStyles as T } from '@/components/ui/DataTable';

/** Index of groups / campaigns / software, aliases included so the browser's find works. */
export function ActorIndexTable({ rows, caption, aliasLabel = 'Associated names', detailLabel }: { rows: ActorIndexRow[]; caption: string; aliasLabel?: string; detailLabel?: string }) {
  return (
    <DataTable caption={caption} ids columns={['ID', 'Name', aliasLabel, ...(detailLabel ? [detailLabel] : []), { label: 'Techniques', numeric: true }]}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.id} {...r.attrs}>
            <IdName id={r.id} name={r.name} href={r.href} anchor={r.id} />
            <td>{r.aliases.join(', ')}</td>
            {detailLabel && <td>{r.detail}</td>}
            <td className={T.n}>{r.techniques}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
