import type { ProcedureRow } from '@/app/_lib/views/group';
import { TechniqueLink } from '@/components/ccm/TechniqueLink';
import { DataTable } from '@/components/ui/DataTable';
import { RowLink } from '@/components/ui/RowLink';

/** Techniques used, with ATT&CK's procedure text; rows anchor as #technique-T1133. */
export function ProcedureTable({ rows, caption }: { rows: ProcedureRow[]; caption: string }) {
  return (
    <DataTable caption={caption} markdown columns={[{ label: 'Technique', width: 'w-1/3' }, 'Use']}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.technique.id} id={r.anchor}>
            <th scope="row">
              <TechniqueLink technique={r.technique} />
              <RowLink anchor={r.anchor} />
            </th>
            <td>{r.procedure}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
