/**
 * The address bar as state for islands that keep their state in the URL (search, coverage,
 * matrix filters). No client router ships with the pages, so URL changes go through history
 * and are announced with an event that every subscriber hears (back/forward fire popstate).
 */
import { useSyncExternalStore } from 'react';

const EVENT = 'kb:locationchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** `location.search` without the `?`; '' in the prerendered HTML. */
export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search.replace(/^\?/, ''),
    () => '',
  );
}

/** Changes the address (a new history entry with 'push') and tells every subscriber. */
export function setLocation(href: string | URL, mode: 'push' | 'replace') {
  if (mode === 'push') window.history.pushState(window.history.state, '', href);
  else window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new Event(EVENT));
}

/** Sets (or, for null, removes) query parameters in place: a filter's state, without a new history entry. */
export function setSearchParams(changes: Record<string, string | null>) {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  setLocation(url, 'replace');
}
