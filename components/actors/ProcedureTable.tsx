import type { ProcedureRow } from '@/app/_lib/views/group';
import { TechniqueLink } from '@/components/ccm/TechniqueLink';
import { DataTable } from '@/components/ui/DataTable';

/** Techniques used, with ATT&CK's procedure text; rows anchor as #technique-T1133. */
export function ProcedureTable({ rows, caption }: { rows: ProcedureRow[]; caption: string }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className="w-1/3">
            Technique
          </th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.technique.id} id={r.anchor}>
            <th scope="row" className="font-normal">
              <TechniqueLink technique={r.technique} />
            </th>
            <td className="prose-kb">{r.procedure}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
