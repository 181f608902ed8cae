'use client';
/**
 * Filters for a hunting page's full Sigma rule list: level and status (checkboxes; several in a
 * group show their union), log source product, category and service, and words. The checkboxes,
 * selects and the CSS that hides rules are in the server HTML (sigmaFilterCss), so those work
 * without JavaScript; this island keeps the choice in the URL
 * (`?level=critical,high&status=stable&product=windows&category=process_creation&q=powershell`),
 * runs the text filter (shown only once it can work) and says how many rules are shown.
 */
import { useEffect } from 'react';
import type { SigmaFilters } from '@/app/_lib/views/hunting';
import { useHydrated } from '@/components/cite/useClient';
import { setSearchParams, useLocationSearch } from '@/components/islands/location';
import { FilterActions } from '@/components/islands/FilterActions';
import { useShownCount } from '@/components/islands/useShownCount';
import { SF } from './sigmaFilterCss';

const list = (raw: string | null) => new Set((raw ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean));
const words = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

/** A rule's searchable text: title, log source, author, description and false positives (not the YAML disclosure). */
const texts = new WeakMap<Element, string>();
function textOf(li: Element): string {
  let t = texts.get(li);
  if (t === undefined) {
    t = [...li.children]
      .filter((c) => c.tagName !== 'DETAILS')
      .map((c) => c.textContent)
      .join(' ')
      .toLowerCase();
    texts.set(li, t);
  }
  return t;
}

type SelectName = 'product' | 'category' | 'service';
const SELECTS: { name: SelectName; label: string; id: string; values: (f: SigmaFilters) => { value: string; count: number }[]; none?: string }[] = [
  { name: 'product', label: 'Platform (log source product)', id: SF.product, values: (f) => f.products, none: 'none named' },
  { name: 'category', label: 'Category', id: SF.category, values: (f) => f.categories },
  { name: 'service', label: 'Service', id: SF.service, values: (f) => f.services },
];

export function SigmaFilter({ filters, total }: { filters: SigmaFilters; total: number }) {
  const hydrated = useHydrated();
  const params = new URLSearchParams(useLocationSearch());
  const levels = list(params.get('level'));
  const statuses = list(params.get('status'));
  const chosen = Object.fromEntries(
    SELECTS.map((s) => {
      const wanted = SF.productValue(params.get(s.name) ?? '');
      return [s.name, params.get(s.name) && s.values(filters).some((p) => SF.productValue(p.value) === wanted) ? wanted : ''];
    }),
  ) as Record<SelectName, string>;
  const q = params.get('q') ?? '';
  const key = [[...levels].sort().join(','), [...statuses].sort().join(','), chosen.product, chosen.category, chosen.service, words(q).join(' ')].join('|');
  const filtered = key !== '|||||';

  // The text filter: mark the rules that miss a word; the CSS hides them.
  useEffect(() => {
    const w = words(q);
    for (const li of document.querySelectorAll(`[${SF.root}] li[data-l]`)) {
      const t = textOf(li);
      li.toggleAttribute(SF.miss, !w.every((x) => t.includes(x)));
    }
  }, [q]);

  const shown = useShownCount(`[${SF.root}] li[data-l]`, key);

  const toggle = (name: 'level' | 'status', values: { value: string }[], picked: Set<string>, value: string, on: boolean) => {
    const next = values.map((v) => v.value).filter((v) => (v === value ? on : picked.has(v)));
    setSearchParams({ [name]: next.length ? next.join(',') : null });
  };

  const group = (name: 'level' | 'status', legend: string, values: { value: string; count: number }[], picked: Set<string>, id: (v: string) => string) => (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="float-left mr-2 font-semibold">{legend}</legend>
      {values.map((v) => (
        <label key={v.value} className="inline-flex min-h-6 items-center gap-1">
          <input type="checkbox" name={name} value={v.value} id={id(v.value)} checked={picked.has(v.value)} onChange={(e) => toggle(name, values, picked, v.value, e.target.checked)} />
          {v.value} <span className="text-xs text-slate-600 dark:text-slate-400">{v.count}</span>
        </label>
      ))}
    </fieldset>
  );

  const input = 'rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950';
  return (
    <form className="mb-3 space-y-2 text-sm" data-print-hide onSubmit={(e) => e.preventDefault()} onReset={() => setSearchParams({ level: null, status: null, product: null, category: null, service: null, q: null })}>
      {hydrated && (
        <label className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">Words in the title or description</span>
          <input id={SF.text} type="search" name="q" value={q} onChange={(e) => setSearchParams({ q: e.target.value || null })} className={`${input} w-full max-w-xs`} />
        </label>
      )}
      {group('level', 'Level', filters.levels, levels, SF.level)}
      {group('status', 'Status', filters.statuses, statuses, SF.status)}
      <div className="flex flex-wrap items-center gap-3">
        {SELECTS.filter((s) => s.values(filters).length > 0).map((s) => (
          <label key={s.name} className="inline-flex max-w-full items-center gap-2">
            <span className="font-semibold">{s.label}</span>
            <select id={s.id} name={s.name} value={chosen[s.name]} onChange={(e) => setSearchParams({ [s.name]: e.target.value || null })} className={`${input} min-w-0`}>
              <option value="">Any</option>
              {s.values(filters).map((p) => (
                <option key={p.value || 'none'} value={SF.productValue(p.value)}>
                  {`${p.value || s.none} (${p.count})`}
                </option>
              ))}
            </select>
          </label>
        ))}
        <FilterActions status={filtered && shown !== null ? `Showing ${shown} of ${total} rules.` : ''} />
      </div>
    </form>
  );
}
