import Link from '@/components/ui/Link';
import type { DomainControlRow } from '@/app/_lib/views/ccm';
import { DataTable } from '@/components/ui/DataTable';
import { MappingStatusList } from './MappingStatusBadge';

export function DomainControlsTable({ domain, controls }: { domain: string; controls: DomainControlRow[] }) {
  return (
    <DataTable caption={`Controls in the ${domain} domain`}>
      <thead>
        <tr>
          <th scope="col">Control</th>
          <th scope="col">Title</th>
          <th scope="col">Mapping status</th>
          <th scope="col" className="text-right">
            Techniques
          </th>
          <th scope="col" className="text-right">
            With Sigma rules
          </th>
          <th scope="col" className="text-right">
            With Atomic tests
          </th>
        </tr>
      </thead>
      <tbody>
        {controls.map((c) => (
          <tr key={c.id} id={c.anchor}>
            <td className="whitespace-nowrap font-mono">
              <Link href={c.href}>{c.id}</Link>
            </td>
            <td>{c.title ?? <span className="italic text-slate-600 dark:text-slate-400">title not in the open data</span>}</td>
            <td>
              <MappingStatusList statuses={c.statuses} />
            </td>
            <td className="text-right tabular-nums">{c.techniqueCount || ''}</td>
            <td className="text-right tabular-nums">{c.techniqueCount ? c.withSigma : ''}</td>
            <td className="text-right tabular-nums">{c.techniqueCount ? c.withAtomic : ''}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
