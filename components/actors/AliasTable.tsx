import type { AliasRow } from '@/app/_lib/views/group';
import { DataTable } from '@/components/ui/DataTable';

/** Other names for the object, with ATT&CK's note (usually a citation) for each. */
export function AliasTable({ rows, caption }: { rows: AliasRow[]; caption: string }) {
  return (
    <DataTable caption={caption} markdown columns={['Name', 'Description']}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.alias}>
            <th scope="row">{r.alias}</th>
            <td>{r.note}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
