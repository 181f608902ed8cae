'use client';
/**
 * The plan ("next best controls") and the sortable column headers it shares with the threat
 * ranking. The plan's order is the greedy one (see app/_lib/exports/coverage-plan.ts); sorting
 * a column only re-orders the rows to read them another way.
 */
import { memo, useState, type ReactNode } from 'react';
import { CONTROL_STATUS_LABEL, type CControl, type ControlStatus, type CoverageModel, type CoverageResult, type CoverageState, controlStatus } from '@/app/_lib/exports/coverage';
import { ccmControlHref, withBasePath } from '@/app/_lib/urls';
import { plural } from './ui';

export type Sort<K extends string> = { key: K; desc: boolean };

/** A column header whose button sorts by it; aria-sort says how the table is sorted. */
export function SortHeader<K extends string>({
  k,
  sort,
  setSort,
  children,
  right,
  firstDesc = true,
}: {
  k: K;
  sort: Sort<K>;
  setSort: (s: Sort<K>) => void;
  children: ReactNode;
  right?: boolean;
  firstDesc?: boolean;
}) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'} className={`py-1 pr-3 ${right ? 'text-right' : 'text-left'}`}>
      <span className="hidden print:inline">{children}</span>
      <button
        type="button"
        onClick={() => setSort({ key: k, desc: active ? !sort.desc : firstDesc })}
        className="font-semibold underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600 print:hidden"
      >
        {children}
        <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

export function sortRows<T, K extends string>(rows: T[], sort: Sort<K>, value: Record<K, (row: T) => number | string>): T[] {
  const get = value[sort.key];
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
    return sort.desc ? -c : c;
  });
}

type PlanKey = 'step' | 'control' | 'closes' | 'open' | 'mapped';

export function PlanSection({
  model,
  state,
  result: r,
  threats,
  weight,
  onWeight,
}: {
  model: CoverageModel;
  /** The state the plan was computed for (it may trail the page's by one deferred render). */
  state: CoverageState;
  result: CoverageResult;
  threats: boolean;
  /** The weighting checkbox's current value, which answers a click at once. */
  weight: boolean;
  onWeight: (weight: boolean) => void;
}) {
  const [sort, setSort] = useState<Sort<PlanKey>>({ key: 'step', desc: false });
  const [all, setAll] = useState(false);
  const { steps, open } = r.plan;
  const rows = steps.map((s, i) => ({ ...s, step: i + 1, control: model.controls.get(s.control)! }));
  const sorted = sortRows(rows, sort, {
    step: (x) => x.step,
    control: (x) => x.control.id,
    closes: (x) => x.closes.length,
    open: (x) => r.openFor(x.control.id),
    mapped: (x) => x.control.techniques.length,
  });
  const at = (n: number) => steps[Math.min(n, steps.length) - 1];
  const milestones = [3, 5, 10].filter((n) => n < steps.length);
  const pct = (n: number) => (open ? Math.round((100 * n) / open) : 0);
  const weighted = state.weight && threats;

  if (!open) return <p className="text-sm">Nothing is open: every technique in scope that CCM maps is mitigated by an implemented control.</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm" data-testid="plan-summary">
        {steps.length ? (
          <>
            {milestones.map((n) => (
              <span key={n}>
                These {n} close {at(n)!.cumulative} of {open} open techniques ({pct(at(n)!.cumulative)}%).{' '}
              </span>
            ))}
            All {plural(steps.length, 'control')} of the plan close {steps.at(-1)!.cumulative} of {open}
            {steps.at(-1)!.cumulative < open ? ' (the rest map only to controls marked not applicable)' : ''}.
          </>
        ) : (
          `${open} open techniques map only to controls marked not applicable.`
        )}
      </p>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        Greedy: each step is the control, neither implemented nor marked not applicable, that closes the most techniques the steps before it left
        open; partly mitigated and planned techniques count as open, and partial or planned controls are candidates. Ties go to CCM order.
        {weighted ? ' Weighted: a technique counts 1 plus the number of selected threats that use it.' : ''}
      </p>
      {threats && (
        <label className="flex items-center gap-2 text-sm" data-print-hide>
          <input type="checkbox" checked={weight} onChange={(e) => onWeight(e.target.checked)} className="size-4" />
          Weight by the selected threats (their techniques count more)
        </label>
      )}
      <div className="relative max-h-[32rem] overflow-auto" tabIndex={0} role="region" aria-label="Plan: next best controls" data-print-expand>
        <table className="w-full text-sm">
          <caption className="sr-only">Next best controls, in the plan’s order unless sorted by another column</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-950">
            <tr>
              <SortHeader k="step" sort={sort} setSort={setSort} right firstDesc={false}>
                Step
              </SortHeader>
              <SortHeader k="control" sort={sort} setSort={setSort} firstDesc={false}>
                Control
              </SortHeader>
              <SortHeader k="closes" sort={sort} setSort={setSort} right>
                Closes at this step
              </SortHeader>
              <SortHeader k="open" sort={sort} setSort={setSort} right>
                Not yet covered
              </SortHeader>
              <SortHeader k="mapped" sort={sort} setSort={setSort} right>
                Techniques mapped
              </SortHeader>
              <th scope="col" className="py-1 pr-3 text-left">
                Closed so far
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((x, i) => (
              <PlanRow
                key={x.control.id}
                step={x.step}
                control={x.control}
                status={controlStatus(state, x.control.id)}
                closes={x.closes.join(', ')}
                closed={x.closes.length}
                gain={weighted && x.gain !== x.closes.length ? x.gain : null}
                openFor={r.openFor(x.control.id)}
                cumulative={x.cumulative}
                open={open}
                hidden={!all && i >= 15}
              />
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > 15 && (
        <button type="button" className="text-sm underline" onClick={() => setAll(!all)} data-print-hide>
          {all ? 'Show the first 15 steps' : `Show all ${sorted.length} steps`}
        </button>
      )}
    </div>
  );
}

/** One step of the plan; plain-value props, so only the steps a toggle changes re-render. */
const PlanRow = memo(function PlanRow({
  step,
  control,
  status,
  closes,
  closed,
  gain,
  openFor,
  cumulative,
  open,
  hidden,
}: {
  step: number;
  control: CControl;
  status: ControlStatus | null;
  /** Technique ids it closes at this step, comma-separated. */
  closes: string;
  closed: number;
  /** The step's weight when it differs from `closed` (weighted plan), else null. */
  gain: number | null;
  openFor: number;
  cumulative: number;
  open: number;
  /** Past 15 rows: hidden until "Show all", always printed. */
  hidden: boolean;
}) {
  const pct = open ? Math.round((100 * cumulative) / open) : 0;
  return (
    <tr className={`border-t border-slate-200 dark:border-slate-700 ${hidden ? 'hidden print:table-row' : ''}`}>
      <td className="py-1 pr-3 text-right tabular-nums">{step}</td>
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        <a href={withBasePath(ccmControlHref(control.id))}>{control.id}</a> {control.title}
        {status && <span className="text-xs"> ({CONTROL_STATUS_LABEL[status].toLowerCase()})</span>}
      </th>
      <td className="py-1 pr-3 text-right tabular-nums" title={closes}>
        +{closed}
        {gain !== null ? <span className="text-xs"> (weight {gain})</span> : null}
      </td>
      <td className="py-1 pr-3 text-right tabular-nums">{openFor}</td>
      <td className="py-1 pr-3 text-right tabular-nums">{control.techniques.length}</td>
      <td className="py-1 pr-3">
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-2 w-24 rounded bg-slate-200 dark:bg-slate-700">
            <span className="block h-2 rounded bg-green-600 dark:bg-green-500" style={{ width: `${pct}%` }} />
          </span>
          <span className="tabular-nums">
            {cumulative} of {open}
          </span>
        </span>
      </td>
    </tr>
  );
});
