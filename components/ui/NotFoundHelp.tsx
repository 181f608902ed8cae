'use client';
/**
 * The 404 page's suggestions and search form (an island, so its code loads only there). The page
 * is static: the server (and readers without JavaScript) get the form; in the browser the path is
 * read (app/_lib/views/notfound.ts), the search box pre-filled with the id or words it names, and
 * the search's name tier (already shipped for the header search, cached after) says which pages
 * exist, so only those are suggested: /techniques/T1133.099/ → T1133, /groups/APT29/ → G0016.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import Link from '@/components/ui/Link';
import { HREFS, withBasePath } from '@/app/_lib/urls';
import { MAX_QUERY_CHARS } from '@/app/_lib/search/query';
import { getServerState, getState, loadNames, subscribe } from '@/app/_lib/search/store';
import { readMissingPath, suggestPages } from '@/app/_lib/views/notfound';

const noop = () => () => {};

export function NotFoundHelp({ indexVersion }: { indexVersion: string }) {
  const pathname = useSyncExternalStore(
    noop,
    () => window.location.pathname,
    () => null,
  );
  const missing = useMemo(() => (pathname ? readMissingPath(pathname) : null), [pathname]);
  const wanted = !!missing && (missing.ids.length > 0 || !!missing.words);
  const { engine } = useSyncExternalStore(subscribe, getState, getServerState);
  const suggestions = useMemo(() => (engine && missing && wanted ? suggestPages(missing, engine) : []), [engine, missing, wanted]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (wanted) void loadNames(indexVersion).catch(() => {});
  }, [wanted, indexVersion]);
  useEffect(() => {
    // Only into an empty box: never over what the reader has started typing.
    if (input.current && !input.current.value && missing?.term) input.current.value = missing.term;
  }, [missing]);

  return (
    <>
      <div role="status">
        {suggestions.length > 0 && (
          <div className="my-4 rounded border-l-4 border-blue-300 bg-blue-50 p-3 text-blue-950 dark:border-blue-500 dark:bg-blue-950 dark:text-blue-100">
            <p>{suggestions.length === 1 ? 'Did you mean this page?' : 'Did you mean one of these pages?'}</p>
            <ul className="mt-1 space-y-1">
              {suggestions.map((s) => (
                <li key={s.id}>
                  <Link href={s.href} className="font-semibold">
                    {`${s.id} ${s.name}`}
                  </Link>{' '}
                  <span className="text-sm">
                    ({s.kind}
                    {s.reason === 'parent' ? `; ${missing?.ids[0]} does not exist` : ''}, <span className="font-mono">{s.href}</span>)
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {engine && wanted && suggestions.length === 0 && <p className="my-4">No page has the id or name “{missing?.term}”.</p>}
      </div>
      <form action={withBasePath(HREFS.search)} method="get" role="search" className="mt-6 flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="notfound-q" className="text-sm font-medium">
            Search techniques, controls, groups…
          </label>
          <input
            ref={input}
            id="notfound-q"
            name="q"
            type="search"
            maxLength={MAX_QUERY_CHARS}
            placeholder="e.g. T1133, IAM-14, APT41"
            className="mt-1 w-72 max-w-full rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
          />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-slate-100 px-3 py-1 font-medium hover:bg-slate-200 dark:border-slate-500 dark:bg-slate-800 dark:hover:bg-slate-700">
          Search
        </button>
      </form>
    </>
  );
}
