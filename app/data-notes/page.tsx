import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { buildDataNotes } from '@/app/_lib/views/notes';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { CopyLink } from '@/components/ui/CopyLink';
import { DataTable } from '@/components/ui/DataTable';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { RowLink } from '@/components/ui/RowLink';

export const metadata: Metadata = pageMetadata({ title: 'Data notes', description: 'Every correction the import made to the upstream ATT&CK, CCM and CTID mapping data, and the known limitations it could not correct.', path: HREFS.dataNotes });

export default function DataNotesPage() {
  const v = buildDataNotes(getContent());
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Data notes' }]} />
      <PageTitle kind="About the data">Data notes</PageTitle>
      <div className="prose-kb max-w-3xl">
        <p>
          The upstream data has errors and gaps: citations that point nowhere, CCM texts filed under CCM v4.0 ids, duplicated mapping rows. This site
          never edits the data by hand. Every correction is made by the import code, which records what it found and what it did; the {v.total} notes
          below are that record, regenerated on every import. Each has a stable anchor (for example <code>#DN-1a2b3c4d</code>, derived from what the note says, so it survives later imports) you can cite.
        </p>
        <p>
          Some problems cannot be corrected from the open data. They are listed under{' '}
          <Link href="#limitations">known limitations</Link>, and the pages concerned say so where it matters.
        </p>
      </div>

      <nav aria-label="Sources" className="mt-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {v.sources.map((s) => (
            <li key={s.anchor}>
              <a href={`#${s.anchor}`}>
                {s.source} ({s.notes.length})
              </a>
            </li>
          ))}
          <li>
            <a href="#limitations">Known limitations ({v.limitations.length})</a>
          </li>
        </ul>
      </nav>

      {v.sources.map((s) => (
        <Section key={s.anchor} id={s.anchor} title={s.source} count={s.notes.length}>
          <DataTable caption={`Corrections to ${s.source}`}>
            <thead>
              <tr>
                <th scope="col">Note</th>
                <th scope="col">Subject</th>
                <th scope="col">Problem</th>
                <th scope="col">Correction</th>
              </tr>
            </thead>
            <tbody>
              {s.notes.map((n) => (
                <tr key={n.id} id={n.id}>
                  <td className="whitespace-nowrap font-mono">
                    {n.id}
                    <RowLink anchor={n.id} />
                  </td>
                  <td>
                    {n.subject.map((p, i) =>
                      'href' in p ? (
                        <Link key={i} href={p.href} className="font-mono">
                          {p.text}
                        </Link>
                      ) : (
                        <span key={i}>{p.text}</span>
                      ),
                    )}
                  </td>
                  <td>{n.problem}</td>
                  <td>{n.correction}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </Section>
      ))}

      <Section id="limitations" title="Known limitations" count={v.limitations.length}>
        <p className="mb-4 max-w-3xl text-sm">Problems the open data gives no way to correct. They are shown, not hidden.</p>
        <div className="space-y-6">
          {v.limitations.map((l) => (
            <section key={l.id} id={l.id} aria-labelledby={`${l.id}-heading`} className="max-w-3xl scroll-mt-4">
              <h3 id={`${l.id}-heading`} className="flex items-center gap-2 text-lg font-semibold">
                {l.title}
                <CopyLink anchor={l.id} label={l.title} />
              </h3>
              <p className="mt-1">{l.text}</p>
              {l.controls && l.controls.length > 0 && (
                <p className="mt-2 text-sm">
                  Controls:{' '}
                  {l.controls.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <Link href={c.href} className="font-mono">
                        {c.id}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
              {l.noteIds && l.noteIds.length > 0 && (
                <p className="mt-1 text-sm">
                  See{' '}
                  {l.noteIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={`#${id}`} className="font-mono">
                        {id}
                      </a>
                    </span>
                  ))}
                  .
                </p>
              )}
            </section>
          ))}
        </div>
      </Section>
    </article>
  );
}
