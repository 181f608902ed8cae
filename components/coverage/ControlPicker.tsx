'use client';
/** Implemented CCM controls: one fieldset per domain (legend = select-all checkbox), a filter box. */
import { useEffect, useId, useRef, useState } from 'react';
import type { CControl, CDomain, CoverageModel } from '@/app/_lib/exports/coverage';
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

export function ControlPicker({
  model,
  selected,
  onChange,
}: {
  model: CoverageModel;
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const [query, setQuery] = useState('');
  const [onlyMapped, setOnlyMapped] = useState(false);
  const id = useId();
  const q = query.trim().toLowerCase();
  const visible = (c: CControl) => matches(c, q) && (!onlyMapped || c.techniques.length > 0);
  const shown = model.controlOrder.filter((cid) => visible(model.controls.get(cid)!)).length;

  const setMany = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const c of ids) {
      if (on) next.add(c);
      else next.delete(c);
    }
    onChange(next);
  };

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
          · {selected.size} selected
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyMapped} onChange={(e) => setOnlyMapped(e.target.checked)} className="size-4" />
          Only controls mapped to ATT&amp;CK
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={BUTTON} onClick={() => onChange(new Set(model.controlOrder))}>
            Select all controls
          </button>
          <button type="button" className={BUTTON} onClick={() => onChange(new Set())} disabled={selected.size === 0}>
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
            <fieldset key={d.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
              <legend className="px-1 text-sm">
                <DomainCheckbox domain={d} chosen={chosen} onToggle={(all) => setMany(d.controls, all)} />
              </legend>
              <ul className="space-y-0.5 text-sm">
                {controls.map((c) => (
                  <li key={c.id} className="flex items-start gap-2">
                    <input
                      id={`${id}-${c.slug}`}
                      type="checkbox"
                      checked={selected.has(c.id)}
                      onChange={(e) => setMany([c.id], e.target.checked)}
                      className="mt-0.5 size-4 shrink-0"
                    />
                    <label htmlFor={`${id}-${c.slug}`} className="min-w-0">
                      <span className="font-mono text-xs">{c.id}</span> {c.title ?? <em>untitled in the open data</em>}{' '}
                      <span className="text-xs text-slate-600 dark:text-slate-400">
                        {c.techniques.length ? `· ${plural(c.techniques.length, 'technique')}` : '· no ATT&CK mapping'}
                      </span>
                    </label>
                  </li>
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
