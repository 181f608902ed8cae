import Link from '@/components/ui/Link';
import type { ActorIndexRow } from '@/app/_lib/views/group';
import { DataTable } from '@/components/ui/DataTable';

/** Index of groups / campaigns / software, aliases included so the browser's find works. */
export function ActorIndexTable({ rows, caption, aliasLabel = 'Associated names', detailLabel }: { rows: ActorIndexRow[]; caption: string; aliasLabel?: string; detailLabel?: string }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Name</th>
          <th scope="col">{aliasLabel}</th>
          {detailLabel && <th scope="col">{detailLabel}</th>}
          <th scope="col" className="text-right">
            Techniques
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.id}>
            <td className="whitespace-nowrap font-mono">
              <Link href={r.href}>
                {r.id}
              </Link>
            </td>
            <th scope="row" className="font-normal">
              <Link href={r.href}>
                {r.name}
              </Link>
            </th>
            <td>{r.aliases.join(', ')}</td>
            {detailLabel && <td>{r.detail}</td>}
            <td className="text-right tabular-nums">{r.techniques}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
