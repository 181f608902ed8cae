import Link from '@/components/ui/Link';
import type { LinkedRow } from '@/app/_lib/views/group';
import { DataTable } from '@/components/ui/DataTable';

/** Software used, campaigns, attributed groups, users of software: id, name, note. */
export function LinkedTable({ rows, caption, detailLabel, noteLabel = 'Description' }: { rows: LinkedRow[]; caption: string; detailLabel?: string; noteLabel?: string }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Name</th>
          {detailLabel && <th scope="col">{detailLabel}</th>}
          <th scope="col">{noteLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.anchor}>
            <td className="whitespace-nowrap font-mono">
              <Link href={r.href}>{r.id}</Link>
            </td>
            <th scope="row" className="font-normal">
              <Link href={r.href}>{r.name}</Link>
              {r.status !== 'live' && <span className="ml-1 text-xs text-amber-800 dark:text-amber-300">({r.status})</span>}
            </th>
            {detailLabel && <td className="whitespace-nowrap">{r.detail}</td>}
            <td className="prose-kb">{r.note}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
