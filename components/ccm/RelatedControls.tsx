import Link from '@/components/ui/Link';
import type { RelatedControl } from '@/app/_lib/views/ccm';
import { DataTable } from '@/components/ui/DataTable';
import { TechniqueLink } from './TechniqueLink';

/** Other controls that mitigate the same techniques, most shared first. */
export function RelatedControls({ controls }: { controls: RelatedControl[] }) {
  return (
    <DataTable caption="Controls that share techniques with this one, most shared first">
      <thead>
        <tr>
          <th scope="col">Control</th>
          <th scope="col">Title</th>
          <th scope="col" className="text-right">
            Shared techniques
          </th>
          <th scope="col">Which</th>
        </tr>
      </thead>
      <tbody>
        {controls.map((c) => (
          <tr key={c.id}>
            <td className="whitespace-nowrap font-mono">
              <Link href={c.href}>{c.id}</Link>
            </td>
            <td>{c.title ?? <span className="italic">title not in the open data</span>}</td>
            <td className="whitespace-nowrap text-right tabular-nums">
              {c.shared} <span className="text-slate-600 dark:text-slate-400">of its {c.total}</span>
            </td>
            <td>
              <details>
                <summary className="cursor-pointer">
                  {c.shared} technique{c.shared === 1 ? '' : 's'}
                </summary>
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
