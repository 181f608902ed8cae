import Link from '@/components/ui/Link';
import type { DataComponentIndexRow, DetectionIndexRow } from '@/app/_lib/views/detection';
import { DataTable } from '@/components/ui/DataTable';

export function DetectionIndexTable({ rows }: { rows: DetectionIndexRow[] }) {
  return (
    <DataTable caption="ATT&CK detection strategies, by id">
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Name</th>
          <th scope="col">Techniques</th>
          <th scope="col">Platforms</th>
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
            <td className="whitespace-nowrap">
              {r.techniques.map((t, i) => (
                <span key={t.id}>
                  {i > 0 && ', '}
                  <Link href={t.href} className="font-mono">
                    {t.id}
                  </Link>
                </span>
              ))}
            </td>
            <td>{r.platforms.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function DataComponentIndexTable({ rows }: { rows: DataComponentIndexRow[] }) {
  const num = 'text-right tabular-nums';
  return (
    <DataTable caption="ATT&CK data components, by name">
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Name</th>
          <th scope="col" className={num}>
            Log sources
          </th>
          <th scope="col" className={num}>
            Analytics using it
          </th>
          <th scope="col" className={num}>
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
            <td className={num}>{r.logSources}</td>
            <td className={num}>{r.analytics}</td>
            <td className={num}>{r.techniques}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
