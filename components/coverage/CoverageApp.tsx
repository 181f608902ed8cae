'use client';
/**
 * The coverage analyzer. State lives in the URL (see parseState/serializeState in
 * app/_lib/exports/coverage.ts): every change pushes a history entry, so a link reproduces
 * the analysis and back/forward step through it. Data comes from one static JSON file.
 */
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { setLocation, useLocationSearch } from '@/components/islands/location';
import {
  analyse,
  buildModel,
  chosenThreats,
  threatCount,
  withSoftwareTechniques,
  CONTROL_STATUS_LABEL,
  coverageCsv,
  coverageJson,
  setControlStatus,
  STATUS_LABEL,
  TECHNIQUE_STATUSES,
  statusesOf,
  withStatuses,
  type ControlStatus,
  coverageLayer,
  parseState,
  serializeState,
  summarise,
  type CoverageData,
  type CoverageModel,
  type CoverageSoftwareData,
  type CoverageResult,
  type CoverageState,
  type CTechnique,
  type StatusCounts,
  type TechniqueStatus,
} from '@/app/_lib/exports/coverage';
import { serializeLayer } from '@/app/_lib/exports/layer';
import { ccmControlHref, techniqueHref, withBasePath } from '@/app/_lib/urls';
import { useHydrated } from '@/components/cite/useClient';
import { todayIso } from '@/app/_lib/dates';
import { DateTime } from '@/components/ui/DateTime';
import { ControlPicker } from './ControlPicker';
import { ImportPanel } from './ImportPanel';
import { PlanSection, SortHeader, sortRows, type Sort } from './PlanTable';
import { CoverageMatrix, MatrixLegend } from './CoverageMatrix';
import { ThreatPicker } from './ThreatPicker';
import { BUTTON } from './ui';

const getJson = <T,>(href: string) =>
  fetch(withBasePath(href)).then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json() as Promise<T>;
  });

/**
 * Two files: the coverage data (controls, techniques, groups, campaigns, software names) and the
 * software's techniques, fetched only once a software is chosen or the address names one.
 */
export function CoverageApp({ dataHref, softwareHref }: { dataHref: string; softwareHref: string }) {
  const hydrated = useHydrated();
  const [model, setModel] = useState<CoverageModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const software = useRef<Promise<CoverageSoftwareData> | null>(null);
  const softwareData = useCallback(() => (software.current ??= getJson<CoverageSoftwareData>(softwareHref)), [softwareHref]);
  useEffect(() => {
    let live = true;
    // Named in the address: both files at once.
    const withSoftware = !!new URLSearchParams(window.location.search).get('software');
    Promise.all([getJson<CoverageData>(dataHref), withSoftware ? softwareData() : null])
      .then(([data, sw]) => live && setModel(sw ? withSoftwareTechniques(buildModel(data), sw) : buildModel(data)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [dataHref, softwareData]);
  const loadSoftware = useCallback(
    () =>
      softwareData().then(
        (sw) => setModel((m) => (m && !m.softwareLoaded ? withSoftwareTechniques(m, sw) : m)),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      ),
    [softwareData],
  );

  if (error)
    return (
      <p role="alert" className="rounded border-l-4 border-red-600 bg-red-50 p-3 dark:bg-red-950">
        The coverage data could not be loaded ({error}). Reload the page to try again.
      </p>
    );
  // The prerendered HTML holds only room for the analyzer (a screen's height, and only when
  // JavaScript runs: see .reserve-viewport), so the page below it does not jump down in view as
  // the analyzer appears. Without JavaScript the page's <noscript> note explains.
  if (!hydrated) return <div className="reserve-viewport" />;
  if (!model)
    return (
      <p role="status" className="reserve-viewport">
        Loading the coverage data…
      </p>
    );
  return <Analyzer model={model} loadSoftware={loadSoftware} />;
}

function Analyzer({ model, loadSoftware }: { model: CoverageModel; loadSoftware: () => Promise<void> }) {
  // The URL is the state. `search` follows it (back/forward, reload) and is set at once on
  // each change, so checkboxes do not wait for the address bar.
  const urlSearch = useLocationSearch();
  const [seen, setSeen] = useState(urlSearch);
  const [search, setSearch] = useState(urlSearch);
  if (urlSearch !== seen) {
    setSeen(urlSearch);
    setSearch(urlSearch);
  }
  const { state, unknown } = useMemo(() => parseState(search, model), [search, model]);
  const result = useMemo(() => analyse(model, state), [model, state]);
  // The summary and the picker answer a change at once; the heavy views (threat tables, plan,
  // tactic table, matrix, open techniques) follow in a deferred render React can interrupt, so an
  // import of 207 rows paints its new figures before the thousands of cells that follow them.
  const now = useMemo(() => ({ state, result }), [state, result]);
  const shown = useAfterPaint(now);
  const stale = shown !== now;
  const [notice, setNotice] = useState('');

  // After an import (every control's status at once) the picker's 207 rows follow in the deferred
  // render too; a click in the picker shows its own change at once.
  const [pickerLags, setPickerLags] = useState(false);
  const update = (patch: Partial<CoverageState>, { fromImport = false } = {}) => {
    setPickerLags(fromImport);
    const qs = serializeState({ ...state, ...patch }, model);
    setSearch(qs);
    setLocation(qs ? `?${qs}` : window.location.pathname, 'push');
  };
  // One stable callback for the memoised control rows; it reads the latest state.
  const latest = useRef({ state, update, model });
  useEffect(() => {
    latest.current = { state, update, model };
  });
  const setStatus = useCallback((ids: readonly string[], status: ControlStatus | null) => {
    const { state: now, update: apply } = latest.current;
    apply(setControlStatus(now, ids, status));
  }, []);

  // Software named in the address (back/forward) before its techniques are here: fetch them.
  const softwarePending = state.software.length > 0 && !model.softwareLoaded;
  useEffect(() => {
    if (softwarePending) void loadSoftware();
  }, [softwarePending, loadSoftware]);
  // Adding a software waits for its techniques, then applies to the state of that moment.
  const setThreats = useCallback(
    async (groups: string[], campaigns: string[], software: string[]) => {
      if (software.length && !latest.current.model.softwareLoaded) await loadSoftware();
      const any = groups.length + campaigns.length + software.length > 0;
      latest.current.update({ groups, campaigns, software, ...(any ? {} : { scope: 'all', weight: false }) });
    },
    [loadSoftware],
  );

  const threats = threatCount(state) > 0;
  const summary = summarise(model, state, result);

  const download = (name: string, type: string, text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNotice(`Downloaded ${name}`);
  };
  const stem = `ccm-v${model.versions.ccm}-coverage_attack-${model.versions.attack}`;
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setNotice('Link to this analysis copied');
    } catch {
      setNotice(`Copy this address: ${window.location.href}`);
    }
  };

  if (softwarePending)
    return (
      <p role="status" className="reserve-viewport">
        Loading the techniques of the chosen software…
      </p>
    );
  return (
    <div className="coverage-app mt-6">
      <PrintReport model={model} state={state} />
      <div className="rounded border border-slate-300 p-3 dark:border-slate-600">
        <p role="status" aria-live="polite" className="font-medium" data-testid="coverage-summary">
          {summary}
        </p>
        <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 xl:grid-cols-6">
          <Stat label="Implemented controls" value={`${state.controls.size}/${model.controls.size}`} />
          <Stat label="Mitigated" value={result.totals.mitigated} />
          <Stat label="Partly mitigated" value={result.totals.partial} />
          <Stat label="Planned" value={result.totals.planned} />
          <Stat label="Mapped, not implemented" value={result.totals.gap} />
          <Stat label="No CCM mapping" value={result.totals.unmapped} />
        </dl>
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          Controls: {state.partial.size} partially implemented, {state.planned.size} planned, {state.na.size} not applicable. A technique counts as{' '}
          mitigated when an implemented control maps it, partly mitigated when the best is a partially implemented one, planned when the best is a planned
          one; controls marked not applicable count as not implemented and are never proposed.
        </p>
        <div className="mt-3 flex flex-wrap gap-2" data-print-hide>
          <button type="button" className={BUTTON} onClick={() => download(`${stem}.csv`, 'text/csv;charset=utf-8', coverageCsv(model, result))}>
            Download CSV
          </button>
          <button type="button" className={BUTTON} onClick={() => download(`${stem}.json`, 'application/json', coverageJson(model, state, result, window.location.href))}>
            Download JSON
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() =>
              download(`${stem}.layer.json`, 'application/json', serializeLayer(coverageLayer(model, state, result, window.location.href)))
            }
          >
            Download Navigator layer
          </button>
          <button type="button" className={BUTTON} onClick={() => void copyLink()}>
            Copy link to this analysis
          </button>
        </div>
        <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700 dark:text-slate-300" data-print-hide>
          {notice}
        </p>
        {unknown.length > 0 && (
          <p role="alert" className="mt-1 text-sm text-amber-900 dark:text-amber-200">
            Ignored from the address, not known in CCM v{model.versions.ccm} / ATT&amp;CK {model.versions.attack}: {unknown.join(', ')}
          </p>
        )}
      </div>

      <details className="mt-4 rounded border border-slate-300 p-3 dark:border-slate-600" data-print-hide>
        <summary className="cursor-pointer">
          <h2 className="inline text-xl font-semibold">Import your control list</h2> <span className="text-sm">(CSV, TSV, pasted rows; a template)</span>
        </summary>
        <div className="mt-2">
          <ImportPanel model={model} statuses={statusesOf(state)} onApply={(statuses) => update(withStatuses(state, statuses), { fromImport: true })} download={download} />
        </div>
      </details>

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <PickerSection count={state.controls.size}>
          <div aria-busy={(pickerLags && stale) || undefined} data-coverage-stale={(pickerLags && stale) || undefined}>
            <ControlPicker model={model} state={pickerLags ? shown.state : state} onSet={setStatus} />
          </div>
        </PickerSection>

        <div
          className="min-w-0 space-y-8"
          aria-busy={stale || undefined}
          data-coverage-stale={stale || undefined}
        >
          <section aria-labelledby="pick-threats">
            <h2 id="pick-threats" className="mb-2 text-xl font-semibold">
              2. Threats to focus on <span className="text-base font-normal">(optional)</span>
            </h2>
            <div data-print-hide>
            <ThreatPicker model={model} groups={state.groups} campaigns={state.campaigns} software={state.software} onChange={setThreats} />
            </div>
            {threats && (
              <fieldset className="mt-3" data-print-hide>
                <legend className="text-sm font-medium">Matrix, counts and lists cover</legend>
                <div className="flex flex-wrap gap-x-4 text-sm">
                  <label className="flex items-center gap-1">
                    <input type="radio" name="scope" checked={state.scope === 'all'} onChange={() => update({ scope: 'all' })} /> all techniques
                  </label>
                  <label className="flex items-center gap-1">
                    <input type="radio" name="scope" checked={state.scope === 'threats'} onChange={() => update({ scope: 'threats' })} /> only techniques
                    the selected threats use
                  </label>
                </div>
              </fieldset>
            )}
            {threats && <ThreatTable model={model} state={shown.state} result={shown.result} />}
            {threats && <Ranking result={shown.result} />}
          </section>

          <section aria-labelledby="plan">
            <h2 id="plan" className="mb-2 text-xl font-semibold">
              3. Next best controls
            </h2>
            <PlanSection model={model} state={shown.state} result={shown.result} threats={threats} weight={state.weight} onWeight={(weight) => update({ weight })} />
          </section>

          <section aria-labelledby="by-tactic">
            <h2 id="by-tactic" className="mb-2 text-xl font-semibold">
              Coverage by tactic
            </h2>
            <TacticTable result={shown.result} />
          </section>

          <section aria-labelledby="matrix" data-print-hide>
            <h2 id="matrix" className="mb-2 text-xl font-semibold">
              Matrix
            </h2>
            <div className="mb-2 flex flex-wrap items-center gap-4">
              <MatrixLegend threats={threats} />
              <label className="flex items-center gap-1 text-sm">
                <input type="checkbox" checked={state.sub} onChange={(e) => update({ sub: e.target.checked })} /> Show sub-techniques
              </label>
            </div>
            <CoverageMatrix model={model} result={shown.result} state={shown.state} />
          </section>

          <section aria-labelledby="gaps">
            <h2 id="gaps" className="mb-1 text-xl font-semibold">
              Techniques left without an implemented control ({shown.result.gaps.length})
            </h2>
            <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
              CCM controls are mapped to these techniques, but none of them is selected as implemented. Most-mapped first.
            </p>
            <GapList model={model} result={shown.result} />
            <details className="mt-4">
              <summary className="cursor-pointer font-medium">Techniques no CCM control maps at all ({shown.result.unmapped.length})</summary>
              <p className="my-2 text-sm text-slate-700 dark:text-slate-300">
                Implementing more CCM controls does not change these: the CTID mapping has no CCM v{model.versions.ccm} control for them. See each
                technique’s ATT&amp;CK mitigations instead.
              </p>
              <UnmappedList techniques={shown.result.unmapped} />
            </details>
          </section>
        </div>
      </div>
    </div>
  );
}

/**
 * `value`, but a change reaches the caller only after the frame showing the rest of the page has
 * been painted, then as a transition React may interrupt. useDeferredValue starts its render in
 * the task right after the urgent commit, which on this page (thousands of matrix cells) often ran
 * before the browser painted the summary: the import's first frame waited for it.
 */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the next paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

/**
 * The control picker: open beside the results on a wide screen; on a phone a collapsed section
 * above them (207 controls would push every result 30,000 px down), opened with one tap.
 */
function PickerSection({ count, children }: { count: number; children: ReactNode }) {
  const [open, setOpen] = useState(() => window.matchMedia(WIDE).matches);
  // Closed on a phone: its ~2,400 elements are rendered only once it is first opened (then kept),
  // so the results a phone shows first do not wait for them.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return (
    <section aria-labelledby="pick-controls" data-print-hide className="lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto lg:pr-2">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded border border-slate-300 p-2 lg:border-0 lg:p-0 dark:border-slate-600">
        <summary className="cursor-pointer">
          <h2 id="pick-controls" className="inline text-xl font-semibold">
            1. Your CCM controls
          </h2>{' '}
          <span className="text-sm">({count} implemented{open ? '' : '; open to choose'})</span>
        </summary>
        <div className="mt-2">{opened ? children : null}</div>
      </details>
    </section>
  );
}
const WIDE = '(min-width: 64rem)';

/**
 * Print only: what a printed page needs to stand alone as a report — when and from which address,
 * the versions, and the selection with every status (the pickers themselves are not printed).
 */
function PrintReport({ model, state }: { model: CoverageModel; state: CoverageState }) {
  const v = model.versions;
  const list = (ids: ReadonlySet<string>) => model.controlOrder.filter((c) => ids.has(c)).join(', ') || 'none';
  const threats = chosenThreats(model, state);
  return (
    <section aria-labelledby="report" className="mb-4 hidden text-sm print:block" data-testid="print-report">
      <h2 id="report" className="text-xl font-semibold">
        Coverage report
      </h2>
      <p>
        Printed <DateTime date={todayIso()} /> from <span className="break-all">{window.location.href}</span>
      </p>
      <p>
        MITRE ATT&amp;CK {v.attack} · CSA CCM v{v.ccm} · CTID mapping made against ATT&amp;CK {v.mappingAttack}, updated <DateTime date={v.mappingUpdated} />
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3">
        <dt className="font-semibold">Implemented ({state.controls.size})</dt>
        <dd>{list(state.controls)}</dd>
        <dt className="font-semibold">Partially implemented ({state.partial.size})</dt>
        <dd>{list(state.partial)}</dd>
        <dt className="font-semibold">Planned ({state.planned.size})</dt>
        <dd>{list(state.planned)}</dd>
        <dt className="font-semibold">Not applicable ({state.na.size})</dt>
        <dd>{list(state.na)}</dd>
        <dt className="font-semibold">Threats</dt>
        <dd>
          {threats.length ? threats.map((t) => `${t.name} (${t.id})`).join(', ') : 'none chosen'}
          {state.scope === 'threats' ? '; counts cover only their techniques' : ''}
          {state.weight && threats.length ? '; the plan is weighted by them' : ''}
        </dd>
      </dl>
    </section>
  );
}

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="rounded bg-slate-50 p-2 dark:bg-slate-900">
      <dt className="text-xs text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

const ControlLinks = ({ model, ids, max = 8 }: { model: CoverageModel; ids: string[]; max?: number }) => (
  <>
    {ids.slice(0, max).map((c, i) => (
      <span key={c}>
        {i > 0 && ', '}
        <a href={withBasePath(ccmControlHref(c))} title={model.controls.get(c)?.title ?? undefined}>
          {c}
        </a>
      </span>
    ))}
    {ids.length > max && <span> and {ids.length - max} more</span>}
  </>
);

function GapList({ model, result }: { model: CoverageModel; result: CoverageResult }) {
  if (!result.gaps.length) return <p className="text-sm">None: every technique in scope that CCM maps is mitigated by an implemented control.</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm leading-6 dark:divide-slate-700">
      {result.gaps.map((t) => (
        <GapItem
          key={t.id}
          model={model}
          t={t}
          status={result.status(t.id)}
          users={result.threatUsers.get(t.id)?.join(', ') ?? ''}
          partial={result.withStatusFor(t.id, 'partial').join(', ')}
          planned={result.withStatusFor(t.id, 'planned').join(', ')}
        />
      ))}
    </ul>
  );
}

/** One open technique; plain-value props, so a toggle re-renders only the items it changes. */
const GapItem = memo(function GapItem({
  model,
  t,
  status,
  users,
  partial,
  planned,
}: {
  model: CoverageModel;
  t: CTechnique;
  status: TechniqueStatus;
  users: string;
  partial: string;
  planned: string;
}) {
  return (
    <li className="py-1">
      <a href={withBasePath(techniqueHref(t.id))} className="font-medium">
        {t.id} {t.name}
      </a>
      {status !== 'gap' && <span className="text-xs font-semibold"> · {STATUS_LABEL[status]}</span>}
      {users && <span className="text-xs"> (used by {users})</span>}
      <span className="block text-slate-700 dark:text-slate-300">
        {t.controls.length} mapped control{t.controls.length === 1 ? '' : 's'}, none implemented: <ControlLinks model={model} ids={t.controls} />
        {partial && <span> · {CONTROL_STATUS_LABEL.partial.toLowerCase()}: {partial}</span>}
        {planned && <span> · {CONTROL_STATUS_LABEL.planned.toLowerCase()}: {planned}</span>}
      </span>
    </li>
  );
});

/** Techniques no CCM control maps: the same list on every toggle unless the scope changes. */
const UnmappedList = memo(
  function UnmappedList({ techniques }: { techniques: readonly CTechnique[] }) {
    return (
      <ul className="offscreen-lazy columns-1 gap-6 text-sm sm:columns-2 xl:columns-3">
        {techniques.map((t) => (
          <li key={t.id}>
            <a href={withBasePath(techniqueHref(t.id))}>
              {t.id} {t.name}
            </a>
          </li>
        ))}
      </ul>
    );
  },
  (a, b) => a.techniques.length === b.techniques.length && a.techniques.every((t, i) => t === b.techniques[i]),
);

/** The count columns the tactic and threat tables share: techniques, then one per status. */
function StatusHeaders() {
  return (
    <>
      <th scope="col" className="py-1 pr-3 text-right">
        Techniques
      </th>
      {TECHNIQUE_STATUSES.map((s) => (
        <th key={s} scope="col" className="py-1 pr-3 text-right">
          {STATUS_LABEL[s]}
        </th>
      ))}
    </>
  );
}
function StatusCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      <td className="py-1 pr-3 text-right tabular-nums">{counts.total}</td>
      {TECHNIQUE_STATUSES.map((s) => (
        <td key={s} className="py-1 pr-3 text-right tabular-nums">
          {counts[s]}
        </td>
      ))}
    </>
  );
}

function TacticTable({ result }: { result: CoverageResult }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Techniques and sub-techniques per tactic, by status</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-3">
              Tactic
            </th>
            <StatusHeaders />
            <th scope="col" className="py-1 pr-3 text-right">
              Mitigated of mapped
            </th>
          </tr>
        </thead>
        <tbody>
          {result.perTactic.map((c) => {
            const mapped = c.total - c.unmapped;
            return (
              <tr key={c.tactic.id} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {c.tactic.name}
                </th>
                <StatusCells counts={c} />
                <td className="py-1 pr-3 text-right tabular-nums">{mapped ? `${Math.round((100 * c.mitigated) / mapped)}%` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ThreatTable({ model, state, result }: { model: CoverageModel; state: CoverageState; result: CoverageResult }) {
  const rows = chosenThreats(model, state).map((t) => {
    const counts: StatusCounts = { total: t.techniques.length, mitigated: 0, partial: 0, planned: 0, gap: 0, unmapped: 0 };
    for (const id of t.techniques) counts[result.status(id)]++;
    return { t, counts };
  });
  return (
    <div className="relative mt-4 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-semibold">Their techniques</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-3">
              Group, campaign or software
            </th>
            <StatusHeaders />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ t, counts }) => (
            <tr key={t.id} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {t.name} <span className="text-xs">({t.id})</span>
              </th>
              <StatusCells counts={counts} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RankKey = 'control' | 'mitigated' | 'open' | 'status';
function Ranking({ result }: { result: CoverageResult }) {
  const [sort, setSort] = useState<Sort<RankKey>>({ key: 'open', desc: true });
  if (!result.ranking.length)
    return <p className="mt-3 text-sm">No CCM control is mapped to any technique the selected threats use.</p>;
  const order = ['implemented', 'partial', 'planned', 'na'];
  const rows = sortRows(result.ranking, sort, {
    control: (x) => x.control.id,
    mitigated: (x) => x.techniques.length,
    open: (x) => x.newlyCovered,
    status: (x) => (x.status ? order.indexOf(x.status) : 4),
  });
  return (
    <div className="mt-4">
      <h3 className="mb-1 font-semibold">CCM controls against the selected threats’ techniques</h3>
      <div className="relative max-h-96 overflow-auto" tabIndex={0} role="region" aria-label="Ranked controls" data-print-expand>
        <table className="w-full text-sm">
          <thead className="sticky top-0 bg-white dark:bg-slate-950">
            <tr className="text-left">
              <SortHeader k="control" sort={sort} setSort={setSort} firstDesc={false}>
                Control
              </SortHeader>
              <SortHeader k="mitigated" sort={sort} setSort={setSort} right>
                Techniques mitigated
              </SortHeader>
              <SortHeader k="open" sort={sort} setSort={setSort} right>
                Not yet covered
              </SortHeader>
              <SortHeader k="status" sort={sort} setSort={setSort} firstDesc={false}>
                Implemented?
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.control.id} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <a href={withBasePath(ccmControlHref(row.control.id))}>{row.control.id}</a> {row.control.title}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums" title={row.techniques.join(', ')}>
                  {row.techniques.length}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{row.newlyCovered}</td>
                <td className="py-1 pr-3">
                  {row.implemented ? 'Yes' : row.status ? CONTROL_STATUS_LABEL[row.status] : <strong className="text-red-800 dark:text-red-300">Not implemented</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        “Not yet covered”: of those techniques, how many no implemented control mitigates yet, i.e. what implementing this control would add.
      </p>
    </div>
  );
}
