import { Fragment } from 'react';
import Link from '@/components/ui/Link';
import type { HistoryView, ReleaseRef, TextPart } from '@/app/_lib/views/history';
import { DateTime } from '@/components/ui/DateTime';
import { Section } from '@/components/ui/Section';

/** Text and links of one phrase (app/_lib/views/history words them). */
export function Parts({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) => ('href' in p ? <Link key={i} href={p.href}>{p.text}</Link> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}

/** "v9.0 · 21 April 2021 · ATT&CK v9 archive" */
function ReleaseLine({ r }: { r: ReleaseRef }) {
  return (
    <>
      <b className="font-mono">v{r.version}</b> · <DateTime date={r.date} /> · <a href={r.archive.href}>{r.archive.label}</a>
    </>
  );
}

/** What changed in each ATT&CK release, in words (issue 17). Collapsed: most readers want the current text. */
export function HistoryEntries({ view }: { view: HistoryView }) {
  return (
    <ol className="mt-2 space-y-2" aria-label={`Changes to ${view.id} by ATT&CK release`}>
      <li>
        <ReleaseLine r={view.first} />: <Parts parts={view.first.words} />.
      </li>
      {view.entries.map((e) => (
        <li key={e.version}>
          <ReleaseLine r={e} />:{' '}
          {e.changes.map((c, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              <Parts parts={c} />
            </Fragment>
          ))}
          .
        </li>
      ))}
    </ol>
  );
}

export function HistorySection({ view, name }: { view?: HistoryView; name: string }) {
  if (!view) return null;
  const changed = view.entries.length;
  return (
    <Section id="history" title="History since ATT&CK v1.0" count={changed}>
      <details className="max-w-3xl">
        <summary className="cursor-pointer">
          {`${name}: first published in ATT&CK v${view.first.version}; changed in ${changed} release${changed === 1 ? '' : 's'} up to v${view.latest}`}
        </summary>
        <HistoryEntries view={view} />
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          From the ATT&amp;CK Enterprise data of each release (mitre/cti). A revised description is shown as such: the old texts are on attack.mitre.org’s
          archive of each major version (v3 onwards; its archive shows the last minor release of that major).
        </p>
      </details>
    </Section>
  );
}
