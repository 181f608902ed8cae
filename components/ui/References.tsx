import type { Reference } from '@/app/_lib/content/schema';

/** The numbered reference list a page's citations point at (#ref-N). */
export function References({ entries }: { entries: readonly { n: number; reference: Reference }[] }) {
  if (!entries.length) return null;
  return (
    <section id="references" aria-labelledby="references-heading" className="mt-10">
      <h2 id="references-heading" className="mb-3 text-xl font-semibold">
        References
      </h2>
      <ol className="space-y-1 text-sm">
        {entries.map(({ n, reference }) => (
          <li key={n} id={`ref-${n}`} className="flex gap-2 scroll-mt-4">
            <span className="shrink-0 tabular-nums text-slate-500 dark:text-slate-400">[{n}]</span>
            <span>
              {reference.description ?? reference.name}{' '}
              {reference.url && (
                <a href={reference.url} rel="noopener noreferrer external" className="break-all">
                  {reference.url}
                </a>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
