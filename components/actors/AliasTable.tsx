import type { AliasRow } from '@/app/_lib/views/group';
import { DataTable } from '@/components/ui/DataTable';

/** Other names for the object, with ATT&CK's note (usually a citation) for each. */
export function AliasTable({ rows, caption }: { rows: AliasRow[]; caption: string }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.alias}>
            <th scope="row" className="font-normal">
              {r.alias}
            </th>
            <td className="prose-kb">{r.note}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
