'use client';
/**
 * /search/?q=…&kind=… : full results with facet counts per kind. The query lives in the URL
 * (shareable, citable, survives reload): typing replaces the current history entry, the first
 * keystroke after a committed search (page load, Enter, facet) pushes a new one, so back and
 * forward move between searches. The URL is read and written through components/islands/location.
 */
import Link from '@/components/ui/Link';
import { setLocation, useLocationSearch } from '@/components/islands/location';
import { useEffect, useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { HREFS, withBasePath } from '@/app/_lib/urls';
import { KIND_INFO, isSearchKind, showsId, type SearchKind } from '@/app/_lib/search/kinds';
import { facets, formatCount, plural, searchPageHref } from '@/app/_lib/search/present';
import { getServerState, getState, loadNames, loadText, retry, subscribe } from '@/app/_lib/search/store';
import { Highlighted } from './Highlighted';
import { SearchForm } from './SearchForm';

const PAGE = 50;
const EXAMPLES = ['T1133', 'T1078/004', 'I&S-06', 'iam14', 'Wicked Panda', 'MFA', 'kubelet', 'segmentation'];

const facetClass = (current: boolean) =>
  `flex justify-between gap-2 rounded px-2 py-1 no-underline ${
    current ? 'bg-blue-100 font-semibold text-blue-950 dark:bg-blue-900 dark:text-blue-50' : 'text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
  }`;

export function SearchPage({ indexVersion }: { indexVersion: string }) {
  const params = new URLSearchParams(useLocationSearch());
  const urlQ = params.get('q') ?? '';
  const rawKind = params.get('kind');
  const kind: SearchKind | null = isSearchKind(rawKind) ? rawKind : null;
  const state = useSyncExternalStore(subscribe, getState, getServerState);

  const [draft, setDraft] = useState(urlQ);
  // The URL query this component last saw or wrote; a different one came from back/forward.
  const [seenQ, setSeenQ] = useState(urlQ);
  const [committed, setCommitted] = useState(true);
  if (urlQ !== seenQ) {
    setSeenQ(urlQ);
    setDraft(urlQ);
    setCommitted(true);
  }

  const q = draft.trim();
  // Opening the search page is intent: the names load at once, the full text (~0.9 MB) as soon
  // as there is a query, since results and facet counts on this page cover descriptions too.
  const hasQuery = q !== '';
  // In the browser the name tier starts loading as this island first renders, not in an effect
  // (effects run after hydration and a paint): loading is idempotent, so a page opened with ?q=
  // builds its engine while React finishes hydrating. In a microtask, so the store's listeners are
  // not told during a render; only from idle, so a failed load waits for Retry. Never on the server.
  if (typeof window !== 'undefined' && state.names === 'idle') {
    queueMicrotask(() => {
      if (getState().names === 'idle') void loadNames(indexVersion).catch(() => {});
    });
  }
  // The full text once there is a query (loadText loads the names first if they are not in yet).
  useEffect(() => {
    if (hasQuery) void loadText(indexVersion).catch(() => {});
  }, [indexVersion, hasQuery]);

  const key = `${q}\u0000${kind ?? ''}`;
  const [page, setPage] = useState({ key, shown: PAGE });
  const shown = page.key === key ? page.shown : PAGE;

  const engine = state.engine;
  const response = useMemo(
    () => (engine && q ? engine.search(q, { kind: kind ?? undefined, limit: shown }) : null),
    // state.text: the engine gained its full-text tier; search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, q, kind, shown, state.text, state.namesIndexed],
  );

  const write = (nextQ: string, nextKind: SearchKind | null, mode: 'push' | 'replace') => {
    const href = withBasePath(searchPageHref(nextQ, nextKind));
    setLocation(href, mode);
  };

  const chooseKind = (e: MouseEvent<HTMLAnchorElement>, next: SearchKind | null) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return; // new tab etc.
    e.preventDefault();
    write(q, next, 'push');
    setCommitted(true);
  };

  const all = response ? Object.values(response.counts).reduce((a, b) => a + (b ?? 0), 0) : 0;
  const kindLabel = kind ? KIND_INFO[kind].label : null;
  let status: string;
  if (!q) status = '';
  else if (state.names === 'error') status = 'Search could not be loaded.';
  else if (!response) status = 'Loading the search index…';
  else if (response.total === 0 && state.text === 'loading') status = `No matching names for “${q.slice(0, 80)}” yet; searching the full text…`;
  else if (response.total === 0 && response.didYouMean) status = `No results for “${q.slice(0, 80)}”. Did you mean “${response.didYouMean}”?`;
  else status = `${plural(response.total, 'result')} for “${q.slice(0, 80)}${q.length > 80 ? '…' : ''}”${kindLabel ? ` in ${kindLabel}` : ''}${response.corrected ? `, including “${response.corrected}”` : ''}`;

  return (
    <>
      <SearchForm
        value={draft}
        kind={kind}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(v);
          setSeenQ(v);
          write(v, kind, committed ? 'push' : 'replace');
          setCommitted(false);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          setCommitted(true);
        }}
      />

      <p role="status" aria-live="polite" aria-atomic="true" className="mb-3 min-h-6 text-sm text-slate-800 dark:text-slate-200">
        {status}
      </p>

      {state.names === 'error' ? (
        <div role="alert" className="my-4 max-w-3xl rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <p>The search index could not be loaded (you may be offline, or a network filter blocked it). Every other page still works.</p>
          <button type="button" onClick={() => retry(indexVersion, true)} className="mt-2 rounded border border-amber-700 px-3 py-1 font-medium hover:bg-amber-100 dark:hover:bg-amber-900">
            Retry
          </button>
        </div>
      ) : state.text === 'error' && q ? (
        <div className="my-2 max-w-3xl text-sm text-slate-800 dark:text-slate-200">
          Full-text search could not be loaded, so only ids, names and aliases are searched.{' '}
          <button type="button" onClick={() => retry(indexVersion, true)} className="underline">
            Retry
          </button>
        </div>
      ) : null}

      {!q ? (
        <div className="max-w-3xl text-sm text-slate-800 dark:text-slate-200">
          <p>Search by id in any spelling, by name or alias, or by words in descriptions and CCM rationale. For example:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {EXAMPLES.map((ex) => (
              <li key={ex}>
                <Link href={searchPageHref(ex)} className="rounded border border-slate-300 px-2 py-0.5 no-underline hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
                  {ex}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3 pointer-coarse:hidden">
            Press <kbd className="rounded border px-1">/</kbd> or <kbd className="rounded border px-1">Ctrl</kbd>+<kbd className="rounded border px-1">K</kbd> on any page to search from the header.
          </p>
        </div>
      ) : response ? (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[15rem_minmax(0,1fr)]">
          <nav aria-label="Filter results by kind" className="min-w-0">
            <h2 className="mb-1 text-sm font-semibold">Kinds</h2>
            {/* On a phone, one row that scrolls sideways, so the first result stays in view; a column from md up. */}
            <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1 text-sm md:mx-0 md:block md:overflow-visible md:px-0 md:pb-0">
              <li className="shrink-0">
                <a href={withBasePath(searchPageHref(q))} onClick={(e) => chooseKind(e, null)} aria-current={kind ? undefined : 'page'} className={facetClass(!kind)}>
                  <span>All kinds</span>
                  <span>{formatCount(all)}</span>
                </a>
              </li>
              {facets(response.counts).map((f) => (
                <li key={f.kind} className="shrink-0">
                  <a href={withBasePath(searchPageHref(q, f.kind))} onClick={(e) => chooseKind(e, f.kind)} aria-current={kind === f.kind ? 'page' : undefined} className={facetClass(kind === f.kind)}>
                    <span>{KIND_INFO[f.kind].label}</span>
                    <span>{formatCount(f.count)}</span>
                  </a>
                </li>
              ))}
              {kind && !response.counts[kind] ? (
                <li className="shrink-0">
                  <a href={withBasePath(searchPageHref(q, kind))} aria-current="page" className={facetClass(true)}>
                    <span>{KIND_INFO[kind].label}</span>
                    <span>0</span>
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>

          <section aria-labelledby="search-results-heading">
            <h2 id="search-results-heading" className="sr-only">
              Results
            </h2>
            {response.total === 0 && state.text !== 'loading' ? (
              <div className="max-w-3xl text-sm text-slate-800 dark:text-slate-200">
                <p className="font-medium">Nothing matches “{q.length > 80 ? `${q.slice(0, 80)}…` : q}”{kindLabel ? ` in ${kindLabel}` : ''}.</p>
                {response.didYouMean ? (
                  <p className="mt-2" data-testid="did-you-mean">
                    Did you mean “<a href={withBasePath(searchPageHref(response.didYouMean, kind))}>{response.didYouMean}</a>”?
                  </p>
                ) : null}
                <ul className="mt-2 list-disc pl-5">
                  {kind ? (
                    <li>
                      <a href={withBasePath(searchPageHref(q))} onClick={(e) => chooseKind(e, null)}>
                        Search all kinds
                      </a>
                    </li>
                  ) : null}
                  <li>Check the spelling, use fewer words, or try an id such as T1133, T1078.004 or IAM-14.</li>
                  <li>
                    Browse the <Link href={HREFS.matrix}>ATT&amp;CK matrix</Link>, the <Link href={HREFS.techniques}>technique list</Link> or the{' '}
                    <Link href={HREFS.ccm}>CCM domains and controls</Link>.
                  </li>
                </ul>
              </div>
            ) : (
              <>
                {response.corrected ? (
                  <p className="max-w-3xl text-sm text-slate-800 dark:text-slate-200">
                    Showing results for “<a href={withBasePath(searchPageHref(response.corrected, kind))}>{response.corrected}</a>” too: some words of “{q.slice(0, 80)}” are in no page.
                  </p>
                ) : null}
                <ol className="max-w-4xl divide-y divide-slate-200 dark:divide-slate-700">
                  {response.hits.map((hit) => (
                    <li key={`${hit.doc.kind}:${hit.doc.id}`} className="py-3">
                      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">{KIND_INFO[hit.doc.kind].one}</span>
                        {showsId(hit.doc.kind) ? <span className="font-mono text-sm">{hit.doc.id}</span> : null}
                        <Link href={hit.doc.href} className="font-medium">
                          <Highlighted segments={hit.title} />
                        </Link>
                        {hit.doc.deprecated ? <span className="rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">deprecated</span> : null}
                      </div>
                      {hit.context.length && hit.snippet !== hit.context ? (
                        <p className="mt-0.5 text-xs text-slate-700 dark:text-slate-300">
                          <Highlighted segments={hit.context} />
                        </p>
                      ) : null}
                      {hit.snippet.length ? (
                        <p className="mt-1 text-sm break-words text-slate-700 dark:text-slate-300">
                          <Highlighted segments={hit.snippet} />
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ol>
                {response.total > response.hits.length ? (
                  <button
                    type="button"
                    onClick={() => setPage({ key, shown: shown + PAGE })}
                    className="mt-3 rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    Show {Math.min(PAGE, response.total - response.hits.length)} more ({plural(response.total - response.hits.length, 'result')} not shown)
                  </button>
                ) : null}
                {state.text === 'loading' ? <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">Full-text results are still loading…</p> : null}
              </>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
