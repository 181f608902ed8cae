'use client';
/**
 * Filters for a hunting page's Atomic tests: platform (checkboxes, several show their union) and
 * executor. The inputs and the CSS that hides tests are in the server HTML (atomicFilterCss), so
 * filtering works without JavaScript; this island keeps the choice in the URL
 * (`?atomic-platform=linux,macos&atomic-executor=sh`) and says how many tests are shown.
 */
import type { AtomicFilters } from '@/app/_lib/views/hunting';
import { setSearchParams, useLocationSearch } from '@/components/islands/location';
import { FilterActions } from '@/components/islands/FilterActions';
import { useShownCount } from '@/components/islands/useShownCount';
import { AF } from './atomicFilterCss';

const P = 'atomic-platform';
const X = 'atomic-executor';
const EXECUTOR_LABEL: Record<string, string> = { powershell: 'PowerShell', command_prompt: 'Command Prompt', manual: 'manual steps' };

export function AtomicFilter({ filters, total }: { filters: AtomicFilters; total: number }) {
  const params = new URLSearchParams(useLocationSearch());
  const wanted = new Set((params.get(P) ?? '').split(',').map((v) => AF.slug(v.trim())));
  const platforms = filters.platforms.filter((p) => wanted.has(AF.slug(p.value))).map((p) => p.value);
  const executor = filters.executors.find((e) => AF.slug(e.value) === AF.slug(params.get(X) ?? ''))?.value ?? '';
  const key = `${platforms.join(',')}|${executor}`;
  const shown = useShownCount(`[${AF.root}] li[data-x]`, key);

  const toggle = (value: string, on: boolean) => {
    const next = filters.platforms.map((p) => p.value).filter((v) => (v === value ? on : platforms.includes(v)));
    setSearchParams({ [P]: next.length ? next.join(',') : null });
  };
  return (
    <form className="mb-3 space-y-2 text-sm" data-print-hide onSubmit={(e) => e.preventDefault()} onReset={() => setSearchParams({ [P]: null, [X]: null })}>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <legend className="float-left mr-2 font-semibold">Platform</legend>
        {filters.platforms.map((p) => (
          <label key={p.value} className="inline-flex min-h-6 items-center gap-1">
            <input type="checkbox" name={P} value={p.value} id={AF.platform(p.value)} checked={platforms.includes(p.value)} onChange={(e) => toggle(p.value, e.target.checked)} />
            {p.value} <span className="text-xs text-slate-600 dark:text-slate-400">{p.count}</span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-2">
          <span className="font-semibold">Executor</span>
          <select id={AF.executor} name={X} value={executor ? AF.slug(executor) : ''} onChange={(e) => setSearchParams({ [X]: e.target.value ? (filters.executors.find((x) => AF.slug(x.value) === e.target.value)?.value ?? null) : null })} className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950">
            <option value="">Any</option>
            {filters.executors.map((x) => (
              <option key={x.value} value={AF.slug(x.value)}>{`${EXECUTOR_LABEL[x.value] ?? x.value} (${x.count})`}</option>
            ))}
          </select>
        </label>
        <FilterActions status={key !== '|' && shown !== null ? `Showing ${shown} of ${total} tests.` : ''} />
      </div>
    </form>
  );
}
