'use client';
/**
 * Filters for the matrix: by platform (checkboxes: several show their union) and by hunting
 * content (has Sigma rules, has Atomic tests). The inputs and the CSS that hides non-matching
 * cells are in the server HTML, so filtering works with JavaScript off; this component keeps the
 * choice in the URL (`?platform=IaaS,Containers&sigma=1`, so a filtered matrix can be linked to),
 * announces how many techniques are shown, and sets each tactic's count to the cells it shows.
 */
import { useEffect } from 'react';
import { passes, type FilterCell } from '@/app/_lib/views/matrix-filter';
import { setSearchParams, useLocationSearch } from '@/components/islands/location';

export interface FilterPlatform {
  label: string;
  slug: string;
  cloud: boolean;
  /** Live techniques and sub-techniques on this platform. */
  count: number;
  /** id of its checkbox, which the server-rendered filter CSS keys on. */
  inputId: string;
}

export interface FilterHunting {
  /** URL parameter (`?sigma=1`). */
  key: string;
  /** Token in the cells' `data-h`. */
  token: string;
  label: string;
  /** What the status message says: "with Sigma rules". */
  phrase: string;
  /** Live techniques and sub-techniques that have it (all platforms). */
  count: number;
  inputId: string;
}


const GROUP = 'ml-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function PlatformFilter({
  platforms,
  allInputId,
  hunting,
  items,
  columns,
}: {
  platforms: FilterPlatform[];
  allInputId: string;
  hunting: FilterHunting[];
  /** Every live technique and sub-technique, for the status count. */
  items: FilterCell[];
  /** Each column's top-level cells, for its header count. */
  columns: { tactic: string; cells: FilterCell[] }[];
}) {
  const search = useLocationSearch();
  const params = new URLSearchParams(search);
  // `platform=IaaS,Containers` (older links have one platform); unknown names are ignored.
  const requested = new Set((params.get('platform') ?? '').split(',').map((p) => p.trim().toLowerCase()).filter(Boolean));
  const chosen = platforms.filter((p) => requested.has(p.label.toLowerCase()));
  const checked = hunting.filter((h) => params.get(h.key) === '1');
  const platformBits = platforms.reduce((bits, p, i) => (chosen.includes(p) ? bits | (1 << i) : bits), 0);
  const huntingBits = hunting.reduce((bits, h, j) => (checked.includes(h) ? bits | (1 << j) : bits), 0);
  const filtered = platformBits !== 0 || huntingBits !== 0;

  // Each tactic's header says how many of its cells are shown (the server writes the unfiltered count).
  useEffect(() => {
    for (const c of columns) {
      const el = document.querySelector(`[data-mx-count="${c.tactic}"]`);
      if (!el) continue;
      const shown = c.cells.filter((cell) => passes(cell, platformBits, huntingBits)).length;
      el.textContent = filtered ? `${shown} of ${plural(c.cells.length, 'technique')}` : plural(c.cells.length, 'technique');
    }
  }, [columns, platformBits, huntingBits, filtered]);

  const toggle = (p: FilterPlatform, on: boolean) => {
    const next = platforms.filter((x) => (x === p ? on : chosen.includes(x))).map((x) => x.label);
    setSearchParams({ platform: next.length ? next.join(',') : null });
  };

  const chip = (p: FilterPlatform) => (
    <label key={p.slug} className="inline-flex">
      <input type="checkbox" name="platform" value={p.label} id={p.inputId} checked={chosen.includes(p)} onChange={(e) => toggle(p, e.target.checked)} className="peer sr-only" />
      <span className="cursor-pointer rounded-full border border-slate-400 px-2.5 py-0.5 text-sm peer-checked:border-slate-900 peer-checked:bg-slate-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 dark:border-slate-500 dark:peer-checked:border-slate-100 dark:peer-checked:bg-slate-100 dark:peer-checked:text-slate-900">
        {p.label}
        <span className="ml-1 text-xs opacity-80">{p.count}</span>
      </span>
    </label>
  );

  let status = '';
  if (filtered) {
    const n = items.filter((c) => passes(c, platformBits, huntingBits)).length;
    const withPart = checked.length ? ` with ${checked.map((h) => h.phrase).join(' and ')}` : '';
    const on = chosen.length ? ` on ${chosen.length === 1 ? chosen[0]!.label : `${chosen.slice(0, -1).map((p) => p.label).join(', ')} or ${chosen.at(-1)!.label}`}` : '';
    status = `Showing ${n} techniques and sub-techniques${withPart}${on}.`;
  }

  return (
    <div className="mb-3" data-print-hide>
      {/* A form of its own so "All platforms" can be a reset button: it clears the platforms, with or without JavaScript. */}
      <form onReset={() => setSearchParams({ platform: null })} onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">Filter by platform (choose one or several)</legend>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
            <button
              type="reset"
              id={allInputId}
              aria-pressed={chosen.length === 0}
              className="cursor-pointer rounded-full border border-slate-400 px-2.5 py-0.5 text-sm aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-500 dark:aria-pressed:border-slate-100 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
            >
              All platforms
            </button>
            <span className={GROUP}>Cloud</span>
            {platforms.filter((p) => p.cloud).map(chip)}
            <span className={GROUP}>Other</span>
            {platforms.filter((p) => !p.cloud).map(chip)}
          </div>
        </fieldset>
      </form>
      {hunting.length > 0 && (
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
                  onChange={(e) => setSearchParams({ [h.key]: e.target.checked ? '1' : null })}
                  className="h-4 w-4 accent-slate-900 dark:accent-slate-100"
                />
                {h.label}
                <span className="text-xs text-slate-600 dark:text-slate-400">{h.count}</span>
              </label>
            ))}
            <span className="text-xs text-slate-600 dark:text-slate-400">A technique stays shown when one of its sub-techniques matches.</span>
          </div>
        </fieldset>
      )}
      <p role="status" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
    </div>
  );
}
