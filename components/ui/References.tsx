import type { Reference } from '@/app/_lib/content/schema';
import T from './tables.module.css';

/**
 * The numbered reference list a page's citations point at (#ref-N). A page can cite dozens of
 * sources, so items carry no classes (styled by the list's) and each text is one text node.
 */
export function References({ entries }: { entries: readonly { n: number; reference: Reference }[] }) {
  if (!entries.length) return null;
  return (
    <section id="references" aria-labelledby="references-heading" className="mt-10">
      <h2 id="references-heading" className="mb-3 text-xl font-semibold">
        References
      </h2>
      <ol className={T.refs}>
        {entries.map(({ n, reference }) => (
          <li key={n} id={`ref-${n}`}>
            <span>{`[${n}]`}</span>
            <span>
              {reference.url ? `${reference.description ?? reference.name} ` : (reference.description ?? reference.name)}
              {reference.url && (
                <a href={reference.url} rel="noopener noreferrer external">
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
