'use client';
/**
 * Filters for a hunting page's full Sigma rule list: level and status (checkboxes; several in a
 * group show their union) and log source product. The inputs and the CSS that hides rules are in
 * the server HTML (sigmaFilterCss), so filtering works without JavaScript; this island keeps the
 * choice in the URL (`?level=critical,high&status=stable&product=windows`) and says how many
 * rules are shown.
 */
import type { SigmaFilters } from '@/app/_lib/views/hunting';
import { setSearchParams, useLocationSearch } from '@/components/islands/location';
import { useShownCount } from '@/components/islands/useShownCount';
import { SF } from './sigmaFilterCss';

const list = (raw: string | null) => new Set((raw ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean));

export function SigmaFilter({ filters, total }: { filters: SigmaFilters; total: number }) {
  const params = new URLSearchParams(useLocationSearch());
  const levels = list(params.get('level'));
  const statuses = list(params.get('status'));
  const wantedProduct = (params.get('product') ?? '').toLowerCase();
  const product = filters.products.some((p) => SF.productValue(p.value) === wantedProduct) ? wantedProduct : '';
  const key = [[...levels].sort().join(','), [...statuses].sort().join(','), product].join('|');
  const filtered = key !== '||';

  const shown = useShownCount(`[${SF.root}] li[data-l]`, key);

  const toggle = (name: 'level' | 'status', values: { value: string }[], chosen: Set<string>, value: string, on: boolean) => {
    const next = values.map((v) => v.value).filter((v) => (v === value ? on : chosen.has(v)));
    setSearchParams({ [name]: next.length ? next.join(',') : null });
  };

  const group = (name: 'level' | 'status', legend: string, values: { value: string; count: number }[], chosen: Set<string>, id: (v: string) => string) => (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="float-left mr-2 font-semibold">{legend}</legend>
      {values.map((v) => (
        <label key={v.value} className="inline-flex items-center gap-1">
          <input type="checkbox" name={name} value={v.value} id={id(v.value)} checked={chosen.has(v.value)} onChange={(e) => toggle(name, values, chosen, v.value, e.target.checked)} />
          {v.value} <span className="text-xs text-slate-600 dark:text-slate-400">{v.count}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form className="mb-3 space-y-2 text-sm" data-print-hide onSubmit={(e) => e.preventDefault()} onReset={() => setSearchParams({ level: null, status: null, product: null })}>
      {group('level', 'Level', filters.levels, levels, SF.level)}
      {group('status', 'Status', filters.statuses, statuses, SF.status)}
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-2">
          <span className="font-semibold">Log source product</span>
          <select id={SF.product} name="product" value={product} onChange={(e) => setSearchParams({ product: e.target.value || null })} className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950">
            <option value="">Any</option>
            {filters.products.map((p) => (
              <option key={p.value || 'none'} value={SF.productValue(p.value)}>
                {`${p.value || 'none named'} (${p.count})`}
              </option>
            ))}
          </select>
        </label>
        <button type="reset" className="rounded border border-slate-400 px-2 py-1 dark:border-slate-500">
          Clear filters
        </button>
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {filtered && shown !== null ? `Showing ${shown} of ${total} rules.` : ''}
        </p>
      </div>
    </form>
  );
}
