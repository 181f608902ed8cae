import Link from '@/components/ui/Link';
import type { DataNote } from '@/app/_lib/content/schema';
import { HREFS } from '@/app/_lib/urls';
import { Section } from '@/components/ui/Section';

/** Corrections the import made to this object's upstream data, linking to /data-notes/#DN-… */
export function RelatedNotes({ notes }: { notes: readonly DataNote[] }) {
  if (!notes.length) return null;
  return (
    <Section id="data-notes" title="Data notes" count={notes.length}>
      <p className="mb-2 text-sm">The import corrected or flagged the upstream data for this page:</p>
      <ul className="space-y-2 text-sm">
        {notes.map((n) => (
          <li key={n.id}>
            <Link href={`${HREFS.dataNotes}#${n.id}`} className="font-mono">
              {n.id}
            </Link>{' '}
            ({n.source}): {n.problem}. <span className="text-slate-700 dark:text-slate-300">Correction: {n.correction}.</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
