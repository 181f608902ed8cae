'use client';
/**
 * Compact matrix: tactics as columns, techniques (optionally with their sub-techniques) as
 * cells coloured by status, with a symbol and hidden text so colour is never the only cue.
 * Each tactic is a heading and a list, so screen readers get a tidy structure.
 */
import { memo } from 'react';
import type { CoverageModel, CoverageResult, CoverageState, CTechnique, TechniqueStatus } from '@/app/_lib/exports/coverage';
import { STATUS_LABEL, TECHNIQUE_STATUSES, threatCount } from '@/app/_lib/exports/coverage';
import { tacticHref, techniqueHref, withBasePath } from '@/app/_lib/urls';
import { STATUS_STYLE } from './status';

/**
 * One technique. Props are plain values, so a toggle re-renders only the cells whose status or
 * users changed (memo), not the whole matrix.
 */
const Cell = memo(function Cell({
  t,
  status,
  users,
  sub,
  threats,
}: {
  t: CTechnique;
  /** null: not in scope (not used by the selected threats). */
  status: TechniqueStatus | null;
  /** Selected threats using it, comma-separated ('' for none). */
  users: string;
  sub?: boolean;
  threats: boolean;
}) {
  const inScope = status !== null;
  const style = inScope ? STATUS_STYLE[status].cell : 'border-dotted border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-400';
  const used = threats && !!users;
  const label = inScope ? STATUS_LABEL[status] : 'not used by the selected threats';
  return (
    <a
      href={withBasePath(techniqueHref(t.id))}
      title={`${t.id} ${t.name}: ${label}${users ? `; used by ${users}` : ''}`}
      className={`block min-h-6 rounded border px-1 py-0.5 text-[11px] leading-tight text-inherit no-underline hover:underline ${style} ${used ? 'ring-2 ring-amber-500 ring-offset-1 dark:ring-offset-slate-950' : ''} ${sub ? 'ml-2' : ''}`}
    >
      <span aria-hidden="true" className="mr-0.5 font-bold">
        {inScope ? STATUS_STYLE[status].symbol : ''}
      </span>
      <span className="font-mono font-semibold">{t.id}</span> {t.name}
      <span className="sr-only">
        {`: ${label}`}
        {used ? ', used by the selected threats' : ''}
      </span>
    </a>
  );
});
const cellProps = (r: CoverageResult, t: CTechnique) => ({
  t,
  status: r.inScopeSet.has(t.id) ? r.status(t.id) : null,
  users: r.threatUsers.get(t.id)?.join(', ') ?? '',
});

export function CoverageMatrix({ model, result: r, state }: { model: CoverageModel; result: CoverageResult; state: CoverageState }) {
  const threats = threatCount(state) > 0;
  return (
    <div className="offscreen-lazy relative overflow-x-auto pb-2">
      <div className="grid min-w-[98rem] gap-1" style={{ gridTemplateColumns: `repeat(${model.tactics.length}, minmax(0, 1fr))` }}>
        {model.tactics.map((tactic) => {
          const counts = r.perTactic.find((c) => c.tactic.id === tactic.id);
          const parents = (model.columns.get(tactic.id) ?? []).filter((t) => {
            const subs = (model.subtechniques.get(t.id) ?? []).filter((s) => s.tactics.includes(tactic.id));
            return r.inScopeSet.has(t.id) || subs.some((s) => r.inScopeSet.has(s.id));
          });
          return (
            <section key={tactic.id} aria-labelledby={`mx-${tactic.id}`} className="min-w-0">
              <h3 id={`mx-${tactic.id}`} className="sticky top-0 mb-1 rounded bg-slate-100 px-1 py-1 text-xs font-semibold dark:bg-slate-800">
                <a href={withBasePath(tacticHref(tactic.id))} className="text-inherit">
                  {tactic.name}
                </a>
                <span className="block font-normal">
                  {counts?.mitigated ?? 0}/{counts?.total ?? 0} mitigated
                </span>
              </h3>
              <ul className="space-y-0.5">
                {parents.map((t) => {
                  const subs = (model.subtechniques.get(t.id) ?? []).filter((s) => s.tactics.includes(tactic.id) && r.inScopeSet.has(s.id));
                  const subMitigated = subs.filter((s) => r.status(s.id) === 'mitigated').length;
                  return (
                    <li key={t.id}>
                      <Cell {...cellProps(r, t)} threats={threats} />
                      {state.sub ? (
                        subs.length > 0 && (
                          <ul className="mt-0.5 space-y-0.5" aria-label={`Sub-techniques of ${t.id}`}>
                            {subs.map((s) => (
                              <li key={s.id}>
                                <Cell {...cellProps(r, s)} sub threats={threats} />
                              </li>
                            ))}
                          </ul>
                        )
                      ) : (
                        subs.length > 0 && (
                          <p className="ml-2 text-[10px] leading-tight text-slate-600 dark:text-slate-400">
                            <span aria-hidden="true">
                              subs {subMitigated}/{subs.length} ✓
                            </span>
                            <span className="sr-only">
                              {subMitigated} of {subs.length} sub-techniques mitigated
                            </span>
                          </p>
                        )
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}

export function MatrixLegend({ threats }: { threats: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
      {TECHNIQUE_STATUSES.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-flex size-4 items-center justify-center rounded border text-[10px] font-bold ${STATUS_STYLE[s].swatch}`}>
            {STATUS_STYLE[s].symbol}
          </span>
          {STATUS_LABEL[s]}
        </li>
      ))}
      {threats && (
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-4 rounded ring-2 ring-amber-500" />
          used by the selected threats
        </li>
      )}
    </ul>
  );
}
