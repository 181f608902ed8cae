'use client';
/**
 * Platform filter for the matrix. The radios and the CSS that hides non-matching cells are in the
 * server HTML, so filtering works with JavaScript off; this component only keeps the choice in
 * the URL (`?platform=IaaS`), so a filtered matrix can be linked to, and announces the result.
 */
import { useSyncExternalStore } from 'react';

export interface FilterPlatform {
  label: string;
  slug: string;
  cloud: boolean;
  /** Live techniques and sub-techniques on this platform. */
  count: number;
  /** id of its radio, which the server-rendered filter CSS keys on. */
  inputId: string;
}

const listeners = new Set<() => void>();
const subscribe = (fn: () => void) => {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
};
const readPlatform = () => new URLSearchParams(window.location.search).get('platform') ?? '';

export function PlatformFilter({ platforms, allInputId }: { platforms: FilterPlatform[]; allInputId: string }) {
  const requested = useSyncExternalStore(subscribe, readPlatform, () => '');
  const current = platforms.find((p) => p.label.toLowerCase() === requested.toLowerCase());

  const choose = (label: string) => {
    const url = new URL(window.location.href);
    if (label) url.searchParams.set('platform', label);
    else url.searchParams.delete('platform');
    window.history.replaceState(window.history.state, '', url);
    listeners.forEach((fn) => fn());
  };

  const chip = (p: { label: string; slug: string; inputId: string; count?: number }) => (
    <label key={p.slug || 'all'} className="inline-flex">
      <input
        type="radio"
        name="platform"
        value={p.label}
        id={p.inputId}
        checked={(current?.slug ?? '') === p.slug}
        onChange={() => choose(p.label === 'All' ? '' : p.label)}
        className="peer sr-only"
      />
      <span className="cursor-pointer rounded-full border border-slate-400 px-2.5 py-0.5 text-sm peer-checked:border-slate-900 peer-checked:bg-slate-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 dark:border-slate-500 dark:peer-checked:border-slate-100 dark:peer-checked:bg-slate-100 dark:peer-checked:text-slate-900">
        {p.label}
        {p.count !== undefined && <span className="ml-1 text-xs opacity-80">{p.count}</span>}
      </span>
    </label>
  );

  return (
    <fieldset className="mb-3" data-print-hide>
      <legend className="mb-1 text-sm font-semibold">Filter by platform</legend>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
        {chip({ label: 'All', slug: '', inputId: allInputId })}
        <span className="ml-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Cloud</span>
        {platforms.filter((p) => p.cloud).map(chip)}
        <span className="ml-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Other</span>
        {platforms.filter((p) => !p.cloud).map(chip)}
      </div>
      <p role="status" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {current ? `Showing ${current.count} techniques and sub-techniques on ${current.label}.` : ''}
      </p>
    </fieldset>
  );
}
