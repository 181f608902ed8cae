import Link from '@/components/ui/Link';
import type { RelatedControl } from '@/app/_lib/views/ccm';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { TechniqueLink } from './TechniqueLink';

/** Other controls that mitigate the same techniques, most shared first. */
export function RelatedControls({ controls }: { controls: RelatedControl[] }) {
  return (
    <DataTable caption="Controls that share techniques with this one, most shared first" ids columns={['Control', 'Title', { label: 'Shared techniques', numeric: true }, 'Which']}>
      <tbody>
        {controls.map((c) => (
          <tr key={c.id}>
            <td>
              <Link href={c.href}>{c.id}</Link>
            </td>
            <td>{c.title ?? <span className="italic">title not in the open data</span>}</td>
            <td className={`${T.n} whitespace-nowrap`}>
              {c.shared} <span className="text-slate-600 dark:text-slate-400">{`of its ${c.total}`}</span>
            </td>
            <td>
              <details>
                <summary className="cursor-pointer">{`${c.shared} technique${c.shared === 1 ? '' : 's'}`}</summary>
                <ul className="mt-1 space-y-0.5">
                  {c.techniques.map((t) => (
                    <li key={t.id}>
                      <TechniqueLink technique={t} />
                    </li>
                  ))}
                </ul>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
