'use client';
/**
 * Filters and sort for an index table (groups, software, CCM controls). The inputs and the CSS
 * that hides rows are in the server HTML (indexFilterCss), so filtering works without JavaScript;
 * this island keeps the choice in the URL (`/software/?type=tool&platform=linux&sort=techniques`),
 * orders the rows (sorting needs JavaScript, so its control appears once it can work) and says
 * how many rows are shown.
 */
import { useEffect, useRef } from 'react';
import type { IndexFilterField, IndexFilterSpec } from '@/app/_lib/views/index-filter';
import { useHydrated } from '@/components/cite/useClient';
import { setSearchParams, useLocationSearch } from '@/components/islands/location';
import { FilterActions } from '@/components/islands/FilterActions';
import { useShownCount } from '@/components/islands/useShownCount';
import { IX } from './indexFilterCss';

const listOf = (raw: string | null) => new Set((raw ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean));
const input = 'rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950';

/** Each row's place in the server's order, to return to it. */
const original = new WeakMap<Element, number>();

export function IndexFilter({ fields, sorts, total, noun }: IndexFilterSpec) {
  const hydrated = useHydrated();
  const ref = useRef<HTMLFormElement>(null);
  const params = new URLSearchParams(useLocationSearch());
  const chosen = (f: IndexFilterField): string[] => {
    const wanted = listOf(params.get(f.key));
    const valid = f.options.filter((o) => wanted.has(o.value)).map((o) => o.value);
    return f.kind === 'select' ? valid.slice(0, 1) : valid;
  };
  const state = fields.map((f) => [f.key, chosen(f).join(',')] as const);
  const sortKey = sorts.some((s) => s.key === params.get('sort')) ? params.get('sort')! : (sorts[0]?.key ?? '');
  const key = state.map(([k, v]) => `${k}=${v}`).join('&');
  const filtered = state.some(([, v]) => v);
  const shown = useShownCount(`[${IX.root}] tbody tr`, key);

  useEffect(() => {
    const tbody = ref.current?.closest(`[${IX.root}]`)?.querySelector('tbody');
    if (!tbody) return;
    const rows = [...tbody.rows];
    rows.forEach((r, i) => (original.has(r) ? null : original.set(r, i)));
    const num = (r: Element) => Number(r.getAttribute(`data-s-${sortKey}`) ?? 0);
    const sorted = [...rows].sort((a, b) => (sortKey ? num(b) - num(a) : 0) || original.get(a)! - original.get(b)!);
    if (sorted.some((r, i) => r !== rows[i])) tbody.append(...sorted);
  }, [sortKey]);

  const set = (f: IndexFilterField, values: string[]) => setSearchParams({ [f.key]: values.length ? values.join(',') : null });

  return (
    <form
      ref={ref}
      className="mb-4 space-y-2 text-sm"
      data-print-hide
      onSubmit={(e) => e.preventDefault()}
      onReset={() => setSearchParams(Object.fromEntries([...fields.map((f) => [f.key, null]), ['sort', null]]))}
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {fields.map((f) => {
          const picked = chosen(f);
          if (f.kind === 'select')
            return (
              <label key={f.key} className="inline-flex max-w-full items-center gap-2">
                <span className="font-semibold">{f.label}</span>
                <select id={IX.id(f.key)} name={f.key} value={picked[0] ?? ''} onChange={(e) => set(f, e.target.value ? [e.target.value] : [])} className={`${input} min-w-0`}>
                  <option value="">Any</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>{`${o.label} (${o.count})`}</option>
                  ))}
                </select>
              </label>
            );
          const boxes = f.options.map((o) => (
            <label key={o.value} className="inline-flex min-h-6 items-center gap-1">
              <input
                type="checkbox"
                name={f.key}
                value={o.value}
                id={IX.id(f.key, o.value)}
                checked={picked.includes(o.value)}
                onChange={(e) => set(f, f.options.map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : picked.includes(v))))}
              />
              {o.label} <span className="text-xs text-slate-600 dark:text-slate-400">{o.count}</span>
            </label>
          ));
          return f.kind === 'check' ? (
            <span key={f.key}>{boxes}</span>
          ) : (
            <fieldset key={f.key} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <legend className="float-left mr-2 font-semibold">{f.label}</legend>
              {boxes}
            </fieldset>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {hydrated && sorts.length > 1 && (
          <label className="inline-flex items-center gap-2">
            <span className="font-semibold">Sort by</span>
            <select name="sort" value={sortKey} onChange={(e) => setSearchParams({ sort: e.target.value === sorts[0]!.key ? null : e.target.value })} className={input}>
              {sorts.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <FilterActions status={filtered && shown !== null ? `Showing ${shown} of ${total} ${noun}.` : ''} />
      </div>
    </form>
  );
}
