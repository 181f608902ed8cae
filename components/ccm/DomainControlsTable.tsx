import Link from '@/components/ui/Link';
import type { DomainControlRow } from '@/app/_lib/views/ccm';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { MappingStatusList } from './MappingStatusBadge';
import { RowLink } from '@/components/ui/RowLink';

/** A domain's controls (/ccm/IAM/), or with `domain` cells every control (/ccm/: rows carry the index filters' attributes). */
export function DomainControlsTable({ domain, controls }: { domain: string | null; controls: (DomainControlRow & { domain?: string; attrs?: Record<string, string> })[] }) {
  return (
    <DataTable
      caption={domain ? `Controls in the ${domain} domain` : 'Every CCM control with its domain and mapping status'}
      ids
      columns={['Control', 'Title', ...(domain ? [] : ['Domain']), 'Mapping status', ...(['Techniques', 'With Sigma rules', 'With Atomic tests'] as const).map((label) => ({ label, numeric: true }))]}
    >
      <tbody>
        {controls.map((c) => (
          <tr key={c.id} id={c.anchor} {...c.attrs}>
            <td>
              <Link href={c.href}>{c.id}</Link>
              <RowLink anchor={c.anchor} />
            </td>
            <td>{c.title ?? <span className="italic text-slate-600 dark:text-slate-400">title not in the open data</span>}</td>
            {!domain && <td>{c.domain}</td>}
            <td>
              <MappingStatusList statuses={c.statuses} />
            </td>
            <td className={T.n}>{c.techniqueCount || ''}</td>
            <td className={T.n}>{c.techniqueCount ? c.withSigma : ''}</td>
            <td className={T.n}>{c.techniqueCount ? c.withAtomic : ''}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
