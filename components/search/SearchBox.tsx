'use client';
/**
 * The header search box: an ARIA 1.2 combobox with a grouped listbox popup. Nothing is fetched
 * until the reader shows intent (focus, `/`, Ctrl/Cmd-K); then the small name index loads, and
 * the full-text tier only when names find little. Without JavaScript it is a plain GET form to
 * /search/.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { HREFS, withBasePath } from '@/app/_lib/urls';
import { KIND_INFO, showsId } from '@/app/_lib/search/kinds';
import { groupByKind, plural, searchPageHref, wantsFullText } from '@/app/_lib/search/present';
import { MAX_QUERY_CHARS } from '@/app/_lib/search/query';
import { getServerState, getState, loadNames, loadText, retry, subscribe } from '@/app/_lib/search/store';
import type { SearchHit } from '@/app/_lib/search/types';
import { Highlighted } from './Highlighted';
import { isSearchShortcut, PRIMARY_SEARCH_ATTR } from './shortcuts';

const MAX_SHOWN = 10;

type Option = { key: string; href: string; hit?: SearchHit };

/** A touch screen without a mouse or trackpad (a phone, a tablet without keyboard). */
const isTouchOnly = () => window.matchMedia('(pointer: coarse)').matches && !window.matchMedia('(any-pointer: fine)').matches;
const subscribePointer = (onChange: () => void) => {
  const q = window.matchMedia('(any-pointer: fine)');
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
};

export function SearchBox({ indexVersion }: { indexVersion: string }) {
  const state = useSyncExternalStore(subscribe, getState, getServerState);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  // Touch screens have no "/" key to press: the placeholder only offers the shortcut where a keyboard is the likely input.
  const keyboard = !useSyncExternalStore(subscribePointer, isTouchOnly, () => false);
  // The active option by key, so it stays put when results refine (e.g. full text arrives).
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // A fixed id (one header box per page): useId would differ between the page's server render
  // and the island's own root.
  const base = 'site-search';
  const listId = `${base}-list`;
  const optionId = (i: number) => `${base}-opt-${i}`;

  // `/` and Ctrl/Cmd-K from anywhere (the search page's own box takes `/` on that page).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isSearchShortcut(e)) return;
      const primary = document.querySelector<HTMLInputElement>(`[${PRIMARY_SEARCH_ATTR}]`);
      const target = primary && e.key === '/' ? primary : inputRef.current;
      if (!target) return;
      e.preventDefault();
      target.focus();
      target.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Text typed while the page's script was still loading is in the input but not in state:
  // keep it (the reader should not have to type again), and search it.
  useEffect(() => {
    const input = inputRef.current;
    if (!input?.value) return;
    const typed = input.value;
    const focused = document.activeElement === input;
    queueMicrotask(() => {
      setValue(typed);
      if (focused) setOpen(true);
    });
    void loadNames(indexVersion).catch(() => {});
  }, [indexVersion]);

  const engine = state.engine;
  const query = value.trim();
  const response = useMemo(
    () => (engine && query ? engine.search(query, { limit: 40 }) : null),
    // state.text: the same engine gains its full-text tier; search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, query, state.text, state.namesIndexed],
  );

  // Fetch the full-text tier when the names found little (an external load, not React state).
  useEffect(() => {
    if (state.text === 'idle' && wantsFullText(response)) void loadText(indexVersion).catch(() => {});
  }, [response, state.text, indexVersion]);

  const groups = useMemo(() => {
    if (!response) return [];
    const kinds = new Set(response.hits.slice(0, MAX_SHOWN).map((h) => h.doc.kind)).size;
    let start = 0;
    return groupByKind(response.hits, kinds <= 1 ? MAX_SHOWN : 4, MAX_SHOWN).map((g) => {
      const withStart = { ...g, start };
      start += g.hits.length;
      return withStart;
    });
  }, [response]);

  const options: Option[] = useMemo(() => {
    const list: Option[] = groups.flatMap((g) => g.hits.map((hit) => ({ key: `${hit.doc.kind}:${hit.doc.id}`, href: hit.doc.href, hit })));
    if (query) list.push({ key: 'all', href: searchPageHref(query) });
    return list;
  }, [groups, query]);

  // Automatic selection (APG "list autocomplete with automatic selection"): until the reader
  // moves, the first suggestion is active, so typing an id and pressing Enter opens it.
  const chosenIndex = activeKey === null ? -1 : options.findIndex((o) => o.key === activeKey);
  const activeIndex = chosenIndex >= 0 ? chosenIndex : options.length ? 0 : -1;
  const setActive = (i: number) => setActiveKey(i >= 0 ? (options[i]?.key ?? null) : null);

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from a fixed id.
  }, [activeIndex]);

  const intent = () => {
    void loadNames(indexVersion).catch(() => {});
  };

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    setValue('');
    inputRef.current?.blur();
    window.location.assign(withBasePath(href));
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        if (n) setActive((activeIndex + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (n) setActive(activeIndex <= 0 ? n - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        e.preventDefault();
        const chosen = open ? options[activeIndex] : undefined;
        if (chosen) go(chosen.href);
        else if (query) go(searchPageHref(query));
        break;
      }
      case 'Escape':
        if (open && query) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          e.preventDefault();
          setValue('');
          setActive(-1);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const expanded = open && query.length > 0;
  const total = response?.total ?? 0;
  let status = '';
  if (expanded) {
    if (state.names === 'error') status = 'Search could not be loaded. A retry button follows the search box.';
    else if (!engine) status = 'Loading search…';
    else if (total === 0 && state.text === 'loading') status = 'Searching the full text…';
    else if (total === 0) status = `No results for ${query.length > 60 ? `${query.slice(0, 60)}…` : query}.${response?.didYouMean ? ` Did you mean ${response.didYouMean}?` : ''}`;
    else status = `${response?.corrected ? `Showing results for ${response.corrected}. ` : ''}${plural(total, 'result')}${total > options.length - 1 ? `, ${options.length - 1} shown` : ''}. Use the up and down arrow keys to choose, Enter to open.`;
  }

  return (
    <div
      ref={rootRef}
      // On phones the popup spans the screen width, positioned from the page, not the small box.
      className="relative max-sm:static"
      onBlur={(e) => {
        if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <form
        role="search"
        aria-label="Site search"
        action={withBasePath(HREFS.search)}
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          if (query) go(searchPageHref(query));
        }}
      >
        <label htmlFor={`${base}-input`} className="sr-only">
          Search techniques, CCM controls, Sigma rules and more
        </label>
        <input
          ref={inputRef}
          id={`${base}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${base}-hint`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={keyboard ? 'Search (press /)' : 'Search'}
          value={value}
          maxLength={MAX_QUERY_CHARS}
          onFocus={() => {
            intent();
            setOpen(true);
          }}
          onChange={(e) => {
            intent();
            setValue(e.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          className="w-40 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-600 focus:outline-2 focus:outline-offset-1 focus:outline-blue-600 sm:w-56 md:w-64 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <span id={`${base}-hint`} className="sr-only">
          Shortcut: slash or Control K. Results appear as you type.
        </span>
      </form>
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {status}
      </div>
      <div
        className={`${expanded ? '' : 'hidden'} absolute right-0 top-full z-50 mt-1 w-[min(40rem,calc(100vw-2rem))] rounded max-sm:left-2 max-sm:right-2 max-sm:top-auto max-sm:w-auto border border-slate-300 bg-white text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900`}
      >
        {state.names === 'error' ? (
          <div className="p-3">
            <p>Search could not be loaded (you may be offline). Everything else on the site still works.</p>
            <button
              type="button"
              onClick={() => retry(indexVersion, false)}
              className="mt-2 rounded border border-slate-400 px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              Retry loading search
            </button>
          </div>
        ) : !engine ? (
          <p className="p-3 text-slate-700 dark:text-slate-300">Loading search…</p>
        ) : total === 0 && state.text !== 'loading' ? (
          <div className="p-3 text-slate-800 dark:text-slate-200">
            <p>
              No results for “<span className="break-all">{query.slice(0, 80)}</span>
              {query.length > 80 ? '…' : ''}”.
            </p>
            {response?.didYouMean ? (
              <p className="mt-1" data-testid="did-you-mean">
                Did you mean “<a href={withBasePath(searchPageHref(response.didYouMean))}>{response.didYouMean}</a>”?
              </p>
            ) : null}
            <p className="mt-1 text-slate-700 dark:text-slate-300">Try an id such as T1133 or IAM-14, a name, or fewer words. Browse the matrix or the CCM domains instead.</p>
          </div>
        ) : null}
        {engine && total > 0 && response?.corrected ? (
          <p className="px-3 pt-2 text-sm text-slate-700 dark:text-slate-300">
            Showing results for “<span className="font-semibold">{response.corrected}</span>”
          </p>
        ) : null}
        <div role="listbox" id={listId} aria-label="Search suggestions" data-query={response?.query ?? ''} className={engine && state.names !== 'error' ? '' : 'hidden'}>
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-labelledby={`${base}-g-${g.kind}`} className="border-b border-slate-200 py-1 last:border-b-0 dark:border-slate-700">
              <div id={`${base}-g-${g.kind}`} role="presentation" className="px-3 pt-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                {KIND_INFO[g.kind].label}
              </div>
              {g.hits.map((hit, j) => {
                const i = g.start + j;
                return (
                  <div
                    key={`${hit.doc.kind}:${hit.doc.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => go(hit.doc.href)}
                    className={`cursor-pointer px-3 py-1.5 ${i === activeIndex ? 'bg-blue-100 dark:bg-blue-900' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
                  >
                    <div className="flex items-baseline gap-2">
                      {showsId(hit.doc.kind) ? (
                        <span className={`shrink-0 font-mono text-xs ${hit.match === 'id' || hit.match === 'redirect' ? 'font-bold' : ''}`}>{hit.doc.id}</span>
                      ) : null}
                      <span className="min-w-0 truncate font-medium">
                        <Highlighted segments={hit.title} />
                      </span>
                      {hit.doc.deprecated ? <span className="shrink-0 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">deprecated</span> : null}
                    </div>
                    {hit.snippet.length ? (
                      <div className="line-clamp-1 text-xs text-slate-700 dark:text-slate-300">
                        <Highlighted segments={hit.snippet} />
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          ))}
          {query ? (
            <div
              id={optionId(options.length - 1)}
              role="option"
              aria-selected={options.length - 1 === activeIndex}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(searchPageHref(query))}
              className={`cursor-pointer border-t border-slate-200 px-3 py-2 text-blue-800 dark:border-slate-700 dark:text-blue-300 ${options.length - 1 === activeIndex ? 'bg-blue-100 dark:bg-blue-900' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
            >
              {total > 0 ? `All ${plural(total, 'result')}` : 'Search page'} for “<span className="break-all">{query.slice(0, 60)}</span>
              {query.length > 60 ? '…' : ''}”{state.text === 'loading' ? ' (searching full text…)' : state.text === 'ready' ? '' : ', including full text'}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
