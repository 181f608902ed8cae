import Link from '@/components/ui/Link';
import type { AnalyticView } from '@/app/_lib/views/detection';
import { CopyLink } from '@/components/ui/CopyLink';
import { DataTable } from '@/components/ui/DataTable';

/** One analytic of a detection strategy: platforms, description, log sources, tunable elements. */
export function AnalyticSection({ a }: { a: AnalyticView }) {
  return (
    <section id={a.anchor} aria-labelledby={`${a.anchor}-heading`} className="mt-8 scroll-mt-4 rounded border border-slate-200 p-4 dark:border-slate-700">
      <h3 id={`${a.anchor}-heading`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <span className="font-mono">{a.id}</span>
        {a.name !== `Analytic ${a.id.slice(2)}` && <span>{a.name}</span>}
        {a.platforms.length > 0 && <span className="text-sm font-normal text-slate-600 dark:text-slate-400">· {a.platforms.join(', ')}</span>}
        <CopyLink anchor={a.anchor} label={a.id} />
      </h3>
      {a.description && <div className="prose-kb mt-2 max-w-3xl">{a.description}</div>}
      {a.logSources.length > 0 && (
        <>
          <h4 className="mt-4 mb-2 font-semibold">Log sources</h4>
          <DataTable caption={`Log sources for analytic ${a.id}`}>
            <thead>
              <tr>
                <th scope="col">Data component</th>
                <th scope="col">Log source</th>
                <th scope="col">Channel</th>
              </tr>
            </thead>
            <tbody>
              {a.logSources.map((l, i) => (
                <tr key={i}>
                  <td>
                    {l.dataComponent ? (
                      <>
                        <Link href={l.dataComponent.href} className="font-mono">
                          {l.dataComponent.id}
                        </Link>{' '}
                        {l.dataComponent.name}
                      </>
                    ) : null}
                  </td>
                  <td>
                    <code>{l.name}</code>
                  </td>
                  <td className="break-words">{l.channel}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      {a.mutableElements.length > 0 && (
        <>
          <h4 className="mt-4 mb-2 font-semibold">Mutable elements</h4>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">Values to tune for your environment.</p>
          <DataTable caption={`Mutable elements of analytic ${a.id}`}>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {a.mutableElements.map((m) => (
                <tr key={m.field}>
                  <td>
                    <code>{m.field}</code>
                  </td>
                  <td>{m.description}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
