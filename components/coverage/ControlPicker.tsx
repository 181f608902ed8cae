'use client';
/**
 * CCM controls and their status: one fieldset per domain (legend = select-all checkbox), a
 * filter box. Each control has a checkbox (implemented or not) and a status menu (implemented,
 * partial, planned, not applicable). Rows are memoised: a change re-renders only its rows.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { CONTROL_STATUSES, controlStatus, type CControl, type CDomain, type ControlStatus, type CoverageModel, type CoverageState } from '@/app/_lib/exports/coverage';
import { BUTTON, INPUT, plural } from './ui';

function DomainCheckbox({ domain, chosen, onToggle }: { domain: CDomain; chosen: number; onToggle: (all: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const all = chosen === domain.controls.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  return (
    <label className="flex items-center gap-2 font-semibold">
      <input ref={ref} type="checkbox" checked={all} onChange={() => onToggle(!all)} className="size-4" />
      <span>
        {domain.id} {domain.name}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          ({chosen}/{domain.controls.length}
          <span className="sr-only"> selected; check to select all controls of the domain</span>)
        </span>
      </span>
    </label>
  );
}

const matches = (c: CControl, q: string) => !q || `${c.id} ${c.slug} ${c.title ?? ''}`.toLowerCase().includes(q);

const ControlRow = memo(function ControlRow({
  control: c,
  status,
  prefix,
  onSet,
}: {
  control: CControl;
  status: ControlStatus | null;
  prefix: string;
  onSet: (ids: readonly string[], status: ControlStatus | null) => void;
}) {
  const box = `${prefix}-${c.slug}`;
  return (
    <li className="flex items-start gap-2">
      <input
        id={box}
        type="checkbox"
        checked={status === 'implemented'}
        onChange={(e) => onSet([c.id], e.target.checked ? 'implemented' : null)}
        className="mt-0.5 size-4 shrink-0"
      />
      <label htmlFor={box} className="min-w-0 grow">
        <span className="font-mono text-xs">{c.id}</span> {c.title ?? <em>untitled in the open data</em>}{' '}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {c.techniques.length ? `· ${plural(c.techniques.length, 'technique')}` : '· no ATT&CK mapping'}
        </span>
      </label>
      <select
        aria-label={`Status of ${c.id}`}
        value={status ?? ''}
        onChange={(e) => onSet([c.id], (e.target.value || null) as ControlStatus | null)}
        className={`shrink-0 rounded border px-0.5 text-xs ${status ? STATUS_SELECT[status] : 'border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900'}`}
      >
        <option value="">not chosen</option>
        {CONTROL_STATUSES.map((s) => (
          <option key={s} value={s}>
            {SHORT[s]}
          </option>
        ))}
      </select>
    </li>
  );
});
const SHORT: Record<ControlStatus, string> = { implemented: 'implemented', partial: 'partial', planned: 'planned', na: 'N/A' };
const STATUS_SELECT: Record<ControlStatus, string> = {
  implemented: 'border-green-700 bg-green-100 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-50',
  partial: 'border-yellow-700 bg-yellow-100 text-yellow-950 dark:border-yellow-400 dark:bg-yellow-950 dark:text-yellow-50',
  planned: 'border-sky-700 bg-sky-100 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50',
  na: 'border-slate-500 bg-slate-200 text-slate-900 dark:border-slate-400 dark:bg-slate-700 dark:text-slate-50',
};

export function ControlPicker({
  model,
  state,
  onSet,
}: {
  model: CoverageModel;
  state: CoverageState;
  onSet: (ids: readonly string[], status: ControlStatus | null) => void;
}) {
  const selected = state.controls;
  const others = state.partial.size + state.planned.size + state.na.size;
  const [query, setQuery] = useState('');
  const [onlyMapped, setOnlyMapped] = useState(false);
  const id = useId();
  const q = query.trim().toLowerCase();
  const visible = (c: CControl) => matches(c, q) && (!onlyMapped || c.techniques.length > 0);
  const shown = model.controlOrder.filter((cid) => visible(model.controls.get(cid)!)).length;


  return (
    <div>
      <div className="space-y-2">
        <label htmlFor={`${id}-filter`} className="block text-sm font-medium">
          Filter controls
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. IAM-14 or encryption"
          aria-describedby={`${id}-shown`}
          className={INPUT}
        />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <span id={`${id}-shown`} aria-live="polite">
            {shown} of {plural(model.controls.size, 'control')} shown
          </span>{' '}
          · {selected.size} implemented{others ? ` · ${others} with another status` : ''}
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyMapped} onChange={(e) => setOnlyMapped(e.target.checked)} className="size-4" />
          Only controls mapped to ATT&amp;CK
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={BUTTON} onClick={() => onSet(model.controlOrder, 'implemented')}>
            Select all controls
          </button>
          <button type="button" className={BUTTON} onClick={() => onSet(model.controlOrder, null)} disabled={selected.size + others === 0}>
            Clear selection
          </button>
        </div>
      </div>
      <div className="mt-3 space-y-3">
        {model.domains.map((d) => {
          const controls = d.controls.map((c) => model.controls.get(c)!).filter(visible);
          if (!controls.length) return null;
          const chosen = d.controls.filter((c) => selected.has(c)).length;
          return (
            <fieldset key={d.id} className="min-w-0 rounded border border-slate-200 p-2 dark:border-slate-700">
              <legend className="px-1 text-sm">
                <DomainCheckbox domain={d} chosen={chosen} onToggle={(all) => onSet(d.controls, all ? 'implemented' : null)} />
              </legend>
              <ul className="space-y-0.5 text-sm">
                {controls.map((c) => (
                  <ControlRow key={c.id} control={c} status={controlStatus(state, c.id)} prefix={id} onSet={onSet} />
                ))}
              </ul>
            </fieldset>
          );
        })}
        {shown === 0 && <p className="text-sm">No control matches “{query}”.</p>}
      </div>
    </div>
  );
}
