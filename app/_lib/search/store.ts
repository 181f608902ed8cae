/**
 * Browser side of search loading: one engine per page session, fetched on intent only (first
 * focus of a search box, `/`, Ctrl/Cmd-K, or opening /search/). FlexSearch and the engine are a
 * dynamic import, so page bundles carry neither; the index files are versioned URLs, fetched
 * through withBasePath and cached by the browser. Components read the state with
 * useSyncExternalStore.
 */
import { withBasePath } from '../urls';
import { namesIndexPath, textIndexPath } from './kinds';
import type { SearchEngine } from './engine';
import type { NamesPayload, TextPayload } from './types';

export type TierStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchState {
  names: TierStatus;
  text: TierStatus;
  engine: SearchEngine | null;
  /** The engine's name index is complete (before that it reads names directly: same results, slower per key). */
  namesIndexed: boolean;
}

const SERVER_STATE: SearchState = { names: 'idle', text: 'idle', engine: null, namesIndexed: false };
let state: SearchState = SERVER_STATE;
const listeners = new Set<() => void>();

const set = (patch: Partial<SearchState>) => {
  state = { ...state, ...patch };
  listeners.forEach((fn) => fn());
};

export const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
};
export const getState = () => state;
export const getServerState = () => SERVER_STATE;

async function fetchText(path: string): Promise<string> {
  // Versioned URL: whatever the browser has cached for it is current.
  const res = await fetch(withBasePath(path), { cache: 'force-cache', credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${path}`);
  return res.text();
}

async function fetchJson<T>(path: string): Promise<T> {
  return JSON.parse(await fetchText(path)) as T;
}

/** Resolves after the next frame has painted (or soon, in a background tab where frames don't run). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame !== 'function') return done();
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });
}

let namesPromise: Promise<SearchEngine> | null = null;
let textPromise: Promise<void> | null = null;

/** Loads the name tier (idempotent; after an error, calling it again retries). */
export function loadNames(version: string): Promise<SearchEngine> {
  if (namesPromise) return namesPromise;
  set({ names: 'loading' });
  namesPromise = (async () => {
    const t0 = performance.now();
    const [{ SearchEngine }, payload] = await Promise.all([import('./engine'), fetchJson<NamesPayload>(namesIndexPath(version))]);
    const t1 = performance.now();
    // Usable at once (a page opened with ?q= answers now); the name index is built in slices after.
    const engine = new SearchEngine(payload, true);
    set({ names: 'ready', engine });
    await afterPaint();
    const t2 = performance.now();
    await engine.indexNamesAsync();
    // Timings for scripts/bench-search.ts (and the browser's performance panel).
    performance.measure('search:names-fetch', { start: t0, end: t1 });
    performance.measure('search:names-engine', { start: t1, end: t2 });
    performance.measure('search:names-index', { start: t2 });
    set({ namesIndexed: true });
    return engine;
  })();
  namesPromise.catch((err: unknown) => {
    console.warn('search: could not load the name index', err);
    namesPromise = null;
    set({ names: 'error' });
  });
  return namesPromise;
}

/** Loads the full-text tier after the name tier (idempotent; retries after an error). */
export function loadText(version: string): Promise<void> {
  if (textPromise) return textPromise;
  set({ text: 'loading' });
  textPromise = (async () => {
    const t0 = performance.now();
    // Fetched at once, parsed later: parsing ~3 MB of JSON is one long task, and it would hold back
    // the frame that shows the name tier's first results (a page opened with ?q=).
    const [engine, raw] = await Promise.all([loadNames(version), fetchText(textIndexPath(version))]);
    // Results from the name tier paint first; the text tier is then taken in slices between frames.
    await afterPaint();
    const payload = JSON.parse(raw) as TextPayload;
    const t1 = performance.now();
    performance.measure('search:text-fetch', { start: t0, end: t1 });
    await engine.attachTextAsync(payload);
    performance.measure('search:text-import', { start: t1 });
    // A new object so useSyncExternalStore readers re-render and re-run their search.
    set({ text: 'ready' });
  })();
  textPromise.catch((err: unknown) => {
    console.warn('search: could not load the full-text index', err);
    textPromise = null;
    set({ text: 'error' });
  });
  return textPromise;
}

/** Retry whatever failed. */
export function retry(version: string, withText: boolean): void {
  if (state.names === 'error' || !state.engine) void loadNames(version).catch(() => {});
  if (withText && state.text !== 'ready') void loadText(version).catch(() => {});
}
