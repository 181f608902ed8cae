'use client';
/**
 * Filters for the matrix: by platform (radios) and by hunting content (checkboxes: has Sigma
 * rules, has Atomic tests). The inputs and the CSS that hides non-matching cells are in the
 * server HTML, so filtering works with JavaScript off; this component only keeps the choice in
 * the URL (`?platform=IaaS&sigma=1&atomic=1`), so a filtered matrix can be linked to, and
 * announces how many techniques are shown.
 */
import { setLocation, useLocationSearch } from '@/components/islands/location';

export interface FilterPlatform {
  label: string;
  slug: string;
  cloud: boolean;
  /** Live techniques and sub-techniques on this platform. */
  count: number;
  /** id of its radio, which the server-rendered filter CSS keys on. */
  inputId: string;
}

export interface FilterHunting {
  /** URL parameter (`?sigma=1`). */
  key: string;
  /** Token in the cells' `data-h` and in the count keys. */
  token: string;
  label: string;
  /** What the status message says: "with Sigma rules". */
  phrase: string;
  /** Live techniques and sub-techniques that have it (all platforms). */
  count: number;
  inputId: string;
}

const setParams = (changes: Record<string, string | null>) => {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  setLocation(url, 'replace');
};

const GROUP = 'ml-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';

export function PlatformFilter({
  platforms,
  allInputId,
  hunting,
  counts,
}: {
  platforms: FilterPlatform[];
  allInputId: string;
  hunting: FilterHunting[];
  /** Matching techniques per `${platformSlug}|${tokens}` (see filterCountKey). */
  counts: Record<string, number>;
}) {
  const search = useLocationSearch();
  const params = new URLSearchParams(search);
  const requested = params.get('platform') ?? '';
  const current = platforms.find((p) => p.label.toLowerCase() === requested.toLowerCase());
  const checked = hunting.filter((h) => params.get(h.key) === '1');

  const chip = (p: { label: string; slug: string; inputId: string; count?: number }) => (
    <label key={p.slug || 'all'} className="inline-flex">
      <input
        type="radio"
        name="platform"
        value={p.label}
        id={p.inputId}
        checked={(current?.slug ?? '') === p.slug}
        onChange={() => setParams({ platform: p.label === 'All' ? null : p.label })}
        className="peer sr-only"
      />
      <span className="cursor-pointer rounded-full border border-slate-400 px-2.5 py-0.5 text-sm peer-checked:border-slate-900 peer-checked:bg-slate-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 dark:border-slate-500 dark:peer-checked:border-slate-100 dark:peer-checked:bg-slate-100 dark:peer-checked:text-slate-900">
        {p.label}
        {p.count !== undefined && <span className="ml-1 text-xs opacity-80">{p.count}</span>}
      </span>
    </label>
  );

  let status = '';
  if (current || checked.length) {
    const n = counts[`${current?.slug ?? ''}|${checked.map((h) => h.token).join('')}`] ?? 0;
    const withPart = checked.length ? ` with ${checked.map((h) => h.phrase).join(' and ')}` : '';
    status = `Showing ${n} techniques and sub-techniques${withPart}${current ? ` on ${current.label}` : ''}.`;
  }

  return (
    <div className="mb-3" data-print-hide>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Filter by platform</legend>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
          {chip({ label: 'All', slug: '', inputId: allInputId })}
          <span className={GROUP}>Cloud</span>
          {platforms.filter((p) => p.cloud).map(chip)}
          <span className={GROUP}>Other</span>
          {platforms.filter((p) => !p.cloud).map(chip)}
        </div>
      </fieldset>
      <fieldset className="mt-2">
        <legend className="mb-1 text-sm font-semibold">Filter by hunting content</legend>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm">
          {hunting.map((h) => (
            <label key={h.key} className="inline-flex cursor-pointer items-center gap-1.5">
              <input
                type="checkbox"
                name={h.key}
                value="1"
                id={h.inputId}
                checked={checked.includes(h)}
                onChange={(e) => setParams({ [h.key]: e.target.checked ? '1' : null })}
                className="h-4 w-4 accent-slate-900 dark:accent-slate-100"
              />
              {h.label}
              <span className="text-xs text-slate-600 dark:text-slate-400">{h.count}</span>
            </label>
          ))}
          <span className="text-xs text-slate-600 dark:text-slate-400">A technique stays shown when one of its sub-techniques matches.</span>
        </div>
      </fieldset>
      <p role="status" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
    </div>
  );
}
