import Link from '@/components/ui/Link';
import type { DataComponentIndexRow, DetectionIndexRow } from '@/app/_lib/views/detection';
import { DataTable, IdName, tableStyles as T } from '@/components/ui/DataTable';

export function DetectionIndexTable({ rows }: { rows: DetectionIndexRow[] }) {
  return (
    <DataTable caption="ATT&CK detection strategies, by id" ids columns={['ID', 'Name', 'Techniques', 'Platforms']}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.id}>
            <IdName id={r.id} name={r.name} href={r.href} anchor={r.id} />
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
  return (
    <DataTable
      caption="ATT&CK data components, by name"
      ids
      columns={['ID', 'Name', ...(['Log sources', 'Analytics using it', 'Techniques'] as const).map((label) => ({ label, numeric: true }))]}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.id}>
            <IdName id={r.id} name={r.name} href={r.href} anchor={r.id} />
            <td className={T.n}>{r.logSources}</td>
            <td className={T.n}>{r.analytics}</td>
            <td className={T.n}>{r.techniques}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
