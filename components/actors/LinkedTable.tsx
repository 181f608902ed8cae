import type { LinkedRow } from '@/app/_lib/views/group';
import { DataTable, IdName } from '@/components/ui/DataTable';

/** Software used, campaigns, attributed groups, users of software: id, name, note. */
export function LinkedTable({ rows, caption, detailLabel, noteLabel = 'Description' }: { rows: LinkedRow[]; caption: string; detailLabel?: string; noteLabel?: string }) {
  return (
    <DataTable caption={caption} ids markdown columns={['ID', 'Name', ...(detailLabel ? [detailLabel] : []), noteLabel]}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.anchor}>
            <IdName id={r.id} name={r.name} href={r.href} status={r.status} anchor={r.anchor} />
            {detailLabel && <td className="whitespace-nowrap">{r.detail}</td>}
            <td>{r.note}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
