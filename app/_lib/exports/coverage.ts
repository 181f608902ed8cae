/**
 * The coverage analyzer's model: reads the compact data file, holds the selection that lives in
 * the URL, and computes what the page shows and exports. Pure (no React, no DOM, no Node), so
 * the same code runs in unit tests and in the browser.
 *
 * Semantics (stated on the page too). Each control is implemented, partial, planned, not
 * applicable or not chosen; for a technique the best status of the controls mapped to it counts:
 * - *mitigated* when at least one implemented CCM control is mapped to that exact technique or
 *   sub-technique (the mapping does not pass between parent and sub-technique);
 * - *partly mitigated*: no implemented one, at least one partially implemented;
 * - *planned*: none implemented or partial, at least one planned;
 * - a *gap* is a technique some CCM control maps, none of them implemented, partial or planned
 *   (a control marked not applicable counts as not implemented, and is never proposed in the plan);
 * - *no CCM mapping*: no CCM v4.1 control maps the technique at all (implementing more CCM
 *   controls cannot change that; look at ATT&CK mitigations instead).
 */
import { ccmSlug } from '../urls';
import { greedyPlan, type Plan } from './coverage-plan';
import { toCsv } from './csv';
import { gradientColor, navigatorLayer, SCORE_GRADIENT, STATUS_COLORS, type LayerTechnique, type NavigatorLayer } from './layer';

// ---------------------------------------------------------------- data file

export interface CoverageData {
  format: 1;
  versions: { attack: string; ccm: string; mappingAttack: string; mappingUpdated: string };
  /** [id, shortname, name] in matrix order. */
  tactics: [string, string, string][];
  /** [id, name, tactic indexes]: live techniques and sub-techniques, by id. */
  techniques: [string, string, number[]][];
  /** [id, name] in CCM order. */
  domains: [string, string][];
  /** [id, title, domain index, technique indexes it mitigates, 1 if marked non-mappable]. */
  controls: [string, string | null, number, number[], 0 | 1][];
  /** [id, name, other names, technique indexes used]. */
  groups: [string, string, string, number[]][];
  campaigns: [string, string, string, number[]][];
  /** [id, name, other names]: their techniques are in CoverageSoftwareData, fetched when one is chosen. */
  software: [string, string, string][];
}

/** /downloads/coverage-software.json: [software id, technique indexes into CoverageData.techniques]. */
export interface CoverageSoftwareData {
  format: 1;
  /** CoverageData.techniques.length of the same build: the indexes are into that list. */
  techniqueCount: number;
  software: [string, number[]][];
}

// ---------------------------------------------------------------- model

export interface CTactic {
  id: string;
  shortname: string;
  name: string;
}
export interface CTechnique {
  id: string;
  name: string;
  tactics: string[];
  parent?: string;
  /** Controls mapped to it, in CCM order. */
  controls: string[];
}
export interface CControl {
  id: string;
  slug: string;
  title: string | null;
  domain: string;
  techniques: string[];
  nonMappable: boolean;
}
export interface CDomain {
  id: string;
  slug: string;
  name: string;
  controls: string[];
}
export interface CThreat {
  kind: 'group' | 'campaign' | 'software';
  id: string;
  name: string;
  aliases: string;
  techniques: string[];
}

export interface CoverageModel {
  versions: CoverageData['versions'];
  tactics: CTactic[];
  techniques: Map<string, CTechnique>;
  /** Parent technique → its live sub-techniques, by id. */
  subtechniques: Map<string, CTechnique[]>;
  /** Tactic id → parent techniques in the tactic, by name (the matrix column). */
  columns: Map<string, CTechnique[]>;
  domains: CDomain[];
  controls: Map<string, CControl>;
  /** Controls in CCM order. */
  controlOrder: string[];
  groups: Map<string, CThreat>;
  campaigns: Map<string, CThreat>;
  /** Software by id; `techniques` empty until withSoftwareTechniques (softwareLoaded). */
  software: Map<string, CThreat>;
  softwareLoaded: boolean;
  /** Slug (IS-06, IS) or id → control or domain id. */
  slugs: Map<string, string>;
}

export function buildModel(data: CoverageData): CoverageModel {
  const tactics = data.tactics.map(([id, shortname, name]) => ({ id, shortname, name }));
  const techniques = new Map<string, CTechnique>();
  for (const [id, name, tacticIdx] of data.techniques) {
    const parent = id.includes('.') ? id.split('.')[0] : undefined;
    techniques.set(id, {
      id,
      name,
      tactics: tacticIdx.map((i) => tactics[i]?.id).filter((t): t is string => !!t),
      ...(parent ? { parent } : {}),
      controls: [],
    });
  }
  const techAt = (i: number) => data.techniques[i]?.[0];
  const domains: CDomain[] = data.domains.map(([id, name]) => ({ id, slug: ccmSlug(id), name, controls: [] }));
  const controls = new Map<string, CControl>();
  const controlOrder: string[] = [];
  for (const [id, title, domainIdx, techIdx, nonMappable] of data.controls) {
    const domain = domains[domainIdx];
    const ids = techIdx.map(techAt).filter((t): t is string => !!t);
    controls.set(id, { id, slug: ccmSlug(id), title, domain: domain?.id ?? '', techniques: ids, nonMappable: nonMappable === 1 });
    controlOrder.push(id);
    domain?.controls.push(id);
    for (const t of ids) techniques.get(t)?.controls.push(id);
  }
  const subtechniques = new Map<string, CTechnique[]>();
  const columns = new Map<string, CTechnique[]>(tactics.map((t) => [t.id, []]));
  for (const t of techniques.values()) {
    if (t.parent) {
      const list = subtechniques.get(t.parent) ?? [];
      list.push(t);
      subtechniques.set(t.parent, list);
    } else for (const ta of t.tactics) columns.get(ta)?.push(t);
  }
  for (const list of columns.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const threats = (kind: CThreat['kind'], rows: CoverageData['groups']) =>
    new Map(rows.map(([id, name, aliases, idx]) => [id, { kind, id, name, aliases, techniques: idx.map(techAt).filter((t): t is string => !!t) }]));
  const slugs = new Map<string, string>();
  for (const d of domains) slugs.set(d.slug, d.id).set(d.id, d.id);
  for (const c of controls.values()) slugs.set(c.slug, c.id).set(c.id, c.id);
  return {
    versions: data.versions,
    tactics,
    techniques,
    subtechniques,
    columns,
    domains,
    controls,
    controlOrder,
    groups: threats('group', data.groups),
    campaigns: threats('campaign', data.campaigns),
    software: new Map((data.software ?? []).map(([id, name, aliases]) => [id, { kind: 'software' as const, id, name, aliases, techniques: [] }])),
    softwareLoaded: false,
    slugs,
  };
}

/** The model with every software's techniques (from the second file). */
export function withSoftwareTechniques(model: CoverageModel, data: CoverageSoftwareData): CoverageModel {
  const ids = [...model.techniques.keys()];
  if (data.techniqueCount !== ids.length) throw new Error('the software file does not match the coverage data (different builds): reload the page');
  const software = new Map(model.software);
  for (const [id, idx] of data.software) {
    const s = software.get(id);
    if (s) software.set(id, { ...s, techniques: idx.map((i) => ids[i]).filter((t): t is string => !!t) });
  }
  return { ...model, software, softwareLoaded: true };
}

// ---------------------------------------------------------------- state in the URL

export type Scope = 'all' | 'threats';
export type ControlStatus = 'implemented' | 'partial' | 'planned' | 'na';
export const CONTROL_STATUSES = ['implemented', 'partial', 'planned', 'na'] as const satisfies readonly ControlStatus[];
export const CONTROL_STATUS_LABEL: Record<ControlStatus, string> = {
  implemented: 'Implemented',
  partial: 'Partially implemented',
  planned: 'Planned',
  na: 'Not applicable',
};
/** Where each status lives in CoverageState and in the URL (`controls` predates the others: old links keep working). */
const STATUS_FIELD = { implemented: 'controls', partial: 'partial', planned: 'planned', na: 'na' } as const satisfies Record<ControlStatus, keyof CoverageState>;

export interface CoverageState {
  /** Implemented control ids. */
  controls: ReadonlySet<string>;
  /** Partially implemented, planned and not applicable control ids (disjoint from each other and from `controls`). */
  partial: ReadonlySet<string>;
  planned: ReadonlySet<string>;
  na: ReadonlySet<string>;
  groups: readonly string[];
  campaigns: readonly string[];
  software: readonly string[];
  /** List sub-techniques in the matrix. */
  sub: boolean;
  /** Matrix, counts and gap list over all techniques or only the selected threats' ones. */
  scope: Scope;
  /** Weight the plan by the selected threats (a technique counts 1 + the number of them using it). */
  weight: boolean;
}
export const EMPTY_STATE: CoverageState = { controls: new Set(), partial: new Set(), planned: new Set(), na: new Set(), groups: [], campaigns: [], software: [], sub: false, scope: 'all', weight: false };

/** How many groups, campaigns and software are chosen. */
export const threatCount = (state: CoverageState) => state.groups.length + state.campaigns.length + state.software.length;

/** The chosen threats, groups first, then campaigns, then software. */
export function chosenThreats(model: CoverageModel, state: CoverageState): CThreat[] {
  return [
    ...state.groups.map((id) => model.groups.get(id)),
    ...state.campaigns.map((id) => model.campaigns.get(id)),
    ...state.software.map((id) => model.software.get(id)),
  ].filter((t): t is CThreat => !!t);
}

/** The status given to a control, or null. */
export function controlStatus(state: CoverageState, id: string): ControlStatus | null {
  for (const s of CONTROL_STATUSES) if (state[STATUS_FIELD[s]].has(id)) return s;
  return null;
}

/** The state's four status sets with `ids` moved to `status` (null: no status). */
export function setControlStatus(state: CoverageState, ids: Iterable<string>, status: ControlStatus | null): Pick<CoverageState, 'controls' | 'partial' | 'planned' | 'na'> {
  const sets = Object.fromEntries(CONTROL_STATUSES.map((s) => [STATUS_FIELD[s], new Set(state[STATUS_FIELD[s]])])) as Record<(typeof STATUS_FIELD)[ControlStatus], Set<string>>;
  for (const id of ids) {
    for (const s of CONTROL_STATUSES) sets[STATUS_FIELD[s]].delete(id);
    if (status) sets[STATUS_FIELD[status]].add(id);
  }
  return sets;
}

/** Statuses by control id (import results, exports). */
export function statusesOf(state: CoverageState): Map<string, ControlStatus> {
  const out = new Map<string, ControlStatus>();
  for (const s of [...CONTROL_STATUSES].reverse()) for (const id of state[STATUS_FIELD[s]]) out.set(id, s);
  return out;
}

/** A state whose statuses are exactly `statuses` (other fields kept). */
export function withStatuses(state: CoverageState, statuses: ReadonlyMap<string, ControlStatus>): CoverageState {
  const sets = { controls: new Set<string>(), partial: new Set<string>(), planned: new Set<string>(), na: new Set<string>() };
  for (const [id, s] of statuses) sets[STATUS_FIELD[s]].add(id);
  return { ...state, ...sets };
}

const list = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * ?controls=IAM,IS-06&partial=AIS-01&planned=DSP&na=HRS-01&groups=G0096&campaigns=C0024&sub=1&scope=threats
 * `controls` (implemented), `partial`, `planned` and `na` hold control slugs (I&S-06 → IS-06:
 * no `&` to escape), and a domain slug stands for every control of the domain. A control named
 * under several keys keeps the first in that order. Unknown ids are reported, not kept.
 */
export function parseState(search: string, model: CoverageModel): { state: CoverageState; unknown: string[] } {
  const p = new URLSearchParams(search);
  const unknown: string[] = [];
  const seen = new Set<string>();
  const sets = { controls: new Set<string>(), partial: new Set<string>(), planned: new Set<string>(), na: new Set<string>() };
  for (const status of CONTROL_STATUSES) {
    const key = STATUS_FIELD[status];
    const add = (c: string) => {
      if (seen.has(c)) return;
      seen.add(c);
      sets[key].add(c);
    };
    for (const token of list(p.get(key))) {
      const id = model.slugs.get(token.toUpperCase());
      const domain = id ? model.domains.find((d) => d.id === id) : undefined;
      if (domain) domain.controls.forEach(add);
      else if (id && model.controls.has(id)) add(id);
      else unknown.push(token);
    }
  }
  const threats = (key: string, map: Map<string, CThreat>) => {
    const out: string[] = [];
    for (const token of list(p.get(key))) {
      const id = token.toUpperCase();
      if (map.has(id)) {
        if (!out.includes(id)) out.push(id);
      } else unknown.push(token);
    }
    return out.sort();
  };
  const groups = threats('groups', model.groups);
  const campaigns = threats('campaigns', model.campaigns);
  const software = threats('software', model.software);
  const any = groups.length + campaigns.length + software.length > 0;
  const scope: Scope = p.get('scope') === 'threats' && any ? 'threats' : 'all';
  const weight = p.get('weight') === 'threats' && any;
  return { state: { ...sets, groups, campaigns, software, sub: p.get('sub') === '1', scope, weight }, unknown };
}

/** Canonical query string (no leading ?), '' for the empty state. Whole domains collapse to the domain slug. */
export function serializeState(state: CoverageState, model: CoverageModel): string {
  const parts: string[] = [];
  for (const status of CONTROL_STATUSES) {
    const key = STATUS_FIELD[status];
    const tokens: string[] = [];
    for (const d of model.domains) {
      const chosen = d.controls.filter((c) => state[key].has(c));
      if (chosen.length && chosen.length === d.controls.length) tokens.push(d.slug);
      else tokens.push(...chosen.map((c) => model.controls.get(c)?.slug ?? ccmSlug(c)));
    }
    if (tokens.length) parts.push(`${key}=${tokens.join(',')}`);
  }
  if (state.groups.length) parts.push(`groups=${[...state.groups].sort().join(',')}`);
  if (state.campaigns.length) parts.push(`campaigns=${[...state.campaigns].sort().join(',')}`);
  if (state.software.length) parts.push(`software=${[...state.software].sort().join(',')}`);
  if (state.sub) parts.push('sub=1');
  if (state.scope === 'threats' && threatCount(state)) parts.push('scope=threats');
  if (state.weight && threatCount(state)) parts.push('weight=threats');
  return parts.join('&');
}

// ---------------------------------------------------------------- analysis

export type TechniqueStatus = 'mitigated' | 'partial' | 'planned' | 'gap' | 'unmapped';
export const TECHNIQUE_STATUSES = ['mitigated', 'partial', 'planned', 'gap', 'unmapped'] as const satisfies readonly TechniqueStatus[];
export const STATUS_LABEL: Record<TechniqueStatus, string> = {
  mitigated: 'Mitigated',
  partial: 'Partly mitigated',
  planned: 'Planned',
  gap: 'Mapped, not implemented',
  unmapped: 'No CCM mapping',
};

export interface TacticCount {
  tactic: CTactic;
  total: number;
  mitigated: number;
  partial: number;
  planned: number;
  gap: number;
  unmapped: number;
}
export type StatusCounts = Omit<TacticCount, 'tactic'>;
const zeroCounts = (): StatusCounts => ({ total: 0, mitigated: 0, partial: 0, planned: 0, gap: 0, unmapped: 0 });
export interface RankedControl {
  control: CControl;
  /** Threat techniques it mitigates. */
  techniques: string[];
  /** Of those, techniques no implemented control mitigates yet. */
  newlyCovered: number;
  implemented: boolean;
  status: ControlStatus | null;
}
export interface CoverageResult {
  status: (techniqueId: string) => TechniqueStatus;
  /** Implemented controls mapped to the technique. */
  implementedFor: (techniqueId: string) => string[];
  /** Mapped controls not implemented (whatever other status they have). */
  missingFor: (techniqueId: string) => string[];
  /** Mapped controls with the given status. */
  withStatusFor: (techniqueId: string, status: ControlStatus) => string[];
  /** Techniques in scope (all live ones, or the selected threats'), by id. */
  inScope: string[];
  inScopeSet: ReadonlySet<string>;
  /** Techniques of the selected groups/campaigns → which of them use it. */
  threatUsers: ReadonlyMap<string, string[]>;
  totals: StatusCounts;
  perTactic: TacticCount[];
  /** In scope, mapped, not mitigated by an implemented control (partly mitigated, planned or gap): most mapped controls first. */
  gaps: CTechnique[];
  /** In scope, no CCM control maps them. */
  unmapped: CTechnique[];
  /** Controls by how many of the threats' techniques they mitigate (empty without threats). */
  ranking: RankedControl[];
  /** Next best controls: greedy over the open techniques (`gaps`), candidates neither implemented nor not applicable. */
  plan: Plan;
  /** Technique → the plan step (1-based) that closes it. */
  planStepOf: ReadonlyMap<string, number>;
  /** Control → how many open techniques it maps (whatever the plan's order). */
  openFor: (controlId: string) => number;
}

export function analyse(model: CoverageModel, state: CoverageState): CoverageResult {
  const implementedFor = (id: string) => (model.techniques.get(id)?.controls ?? []).filter((c) => state.controls.has(c));
  const missingFor = (id: string) => (model.techniques.get(id)?.controls ?? []).filter((c) => !state.controls.has(c));
  const withStatusFor = (id: string, s: ControlStatus) => (model.techniques.get(id)?.controls ?? []).filter((c) => state[STATUS_FIELD[s]].has(c));
  const statusCache = new Map<string, TechniqueStatus>();
  const status = (id: string): TechniqueStatus => {
    let s = statusCache.get(id);
    if (s) return s;
    const t = model.techniques.get(id);
    if (!t || t.controls.length === 0) s = 'unmapped';
    else if (t.controls.some((c) => state.controls.has(c))) s = 'mitigated';
    else if (t.controls.some((c) => state.partial.has(c))) s = 'partial';
    else if (t.controls.some((c) => state.planned.has(c))) s = 'planned';
    else s = 'gap';
    statusCache.set(id, s);
    return s;
  };

  const threatUsers = new Map<string, string[]>();
  const threats = chosenThreats(model, state);
  for (const th of threats) for (const t of th.techniques) threatUsers.set(t, [...(threatUsers.get(t) ?? []), th.id]);

  const inScope = (state.scope === 'threats' && threats.length ? [...threatUsers.keys()] : [...model.techniques.keys()]).sort();
  const inScopeSet = new Set(inScope);
  const totals = { ...zeroCounts(), total: inScope.length };
  const perTactic = new Map<string, TacticCount>(model.tactics.map((tactic) => [tactic.id, { tactic, ...zeroCounts() }]));
  const gaps: CTechnique[] = [];
  const unmapped: CTechnique[] = [];
  for (const id of inScope) {
    const s = status(id);
    totals[s]++;
    const t = model.techniques.get(id);
    if (!t) continue;
    for (const ta of t.tactics) {
      const c = perTactic.get(ta);
      if (c) {
        c.total++;
        c[s]++;
      }
    }
    if (s === 'gap' || s === 'partial' || s === 'planned') gaps.push(t);
    if (s === 'unmapped') unmapped.push(t);
  }
  gaps.sort((a, b) => b.controls.length - a.controls.length || (a.id < b.id ? -1 : 1));

  const ranking: RankedControl[] = [];
  if (threats.length) {
    for (const id of model.controlOrder) {
      const control = model.controls.get(id)!;
      const techniques = control.techniques.filter((t) => threatUsers.has(t));
      if (!techniques.length) continue;
      ranking.push({
        control,
        techniques,
        newlyCovered: techniques.filter((t) => status(t) !== 'mitigated').length,
        implemented: state.controls.has(id),
        status: controlStatus(state, id),
      });
    }
    // Stable sort: ties keep CCM order.
    ranking.sort((a, b) => b.techniques.length - a.techniques.length);
  }
  const openSet = new Set(gaps.map((t) => t.id));
  const threatWeight = state.weight && threats.length > 0;
  const plan = greedyPlan(
    openSet,
    model.controlOrder.filter((c) => !state.controls.has(c) && !state.na.has(c)).map((c) => ({ id: c, techniques: model.controls.get(c)!.techniques })),
    threatWeight ? (t) => 1 + (threatUsers.get(t)?.length ?? 0) : undefined,
  );
  const planStepOf = new Map<string, number>();
  plan.steps.forEach((step, i) => step.closes.forEach((t) => planStepOf.set(t, i + 1)));
  const openFor = (c: string) => (model.controls.get(c)?.techniques ?? []).filter((t) => openSet.has(t)).length;
  return { plan, planStepOf, openFor, status, implementedFor, missingFor, withStatusFor, inScope, inScopeSet, threatUsers, totals, perTactic: [...perTactic.values()], gaps, unmapped, ranking };
}

/** One sentence for the live region and the page summary. */
export function summarise(model: CoverageModel, state: CoverageState, r: CoverageResult): string {
  const scope = state.scope === 'threats' ? 'techniques used by the selected groups, campaigns and software' : 'ATT&CK techniques and sub-techniques';
  const n = state.controls.size;
  const others = [
    state.partial.size ? `${state.partial.size} partially` : '',
    state.planned.size ? `${state.planned.size} planned` : '',
    state.na.size ? `${state.na.size} not applicable` : '',
  ].filter(Boolean);
  const t = r.totals;
  return (
    `${n} of ${model.controls.size} CCM controls implemented${others.length ? ` (${others.join(', ')})` : ''}. ` +
    `Of ${t.total} ${scope}: ${t.mitigated} mitigated, ` +
    (state.partial.size || t.partial ? `${t.partial} partly mitigated, ` : '') +
    (state.planned.size || t.planned ? `${t.planned} planned, ` : '') +
    `${t.gap} mapped to CCM controls that are not implemented, ${t.unmapped} with no CCM mapping.`
  );
}

// ---------------------------------------------------------------- exports

export const COVERAGE_COLUMNS = [
  'technique_id',
  'technique_name',
  'tactics',
  'status',
  'implemented_controls',
  'partial_controls',
  'planned_controls',
  'not_applicable_controls',
  'mapped_controls_not_implemented',
  'used_by',
  'closed_by_plan_step',
  'site_attack_version',
  'ccm_version',
] as const;
export const STATUS_CODE: Record<TechniqueStatus, string> = {
  mitigated: 'mitigated',
  partial: 'partly_mitigated',
  planned: 'planned',
  gap: 'not_mitigated',
  unmapped: 'no_ccm_mapping',
};

const planStepLabel = (r: CoverageResult, id: string) => {
  const n = r.planStepOf.get(id);
  return n ? `${n} ${r.plan.steps[n - 1]!.control}` : '';
};

/** The plan as short text: "1. IAM-14 (+12, 12 of 93)". */
export const planLines = (r: CoverageResult, max = 10) =>
  r.plan.steps.slice(0, max).map((s, i) => `${i + 1}. ${s.control} (+${s.closes.length}, ${s.cumulative} of ${r.plan.open})`);

export function coverageCsv(model: CoverageModel, r: CoverageResult): string {
  const tacticName = new Map(model.tactics.map((t) => [t.id, t.name]));
  const rows = r.inScope.map((id) => {
    const t = model.techniques.get(id);
    return {
      technique_id: id,
      technique_name: t?.name ?? '',
      tactics: (t?.tactics ?? []).map((ta) => tacticName.get(ta) ?? ta).join('; '),
      status: STATUS_CODE[r.status(id)],
      implemented_controls: r.implementedFor(id).join('; '),
      partial_controls: r.withStatusFor(id, 'partial').join('; '),
      planned_controls: r.withStatusFor(id, 'planned').join('; '),
      not_applicable_controls: r.withStatusFor(id, 'na').join('; '),
      mapped_controls_not_implemented: r.missingFor(id).join('; '),
      used_by: (r.threatUsers.get(id) ?? []).join('; '),
      closed_by_plan_step: planStepLabel(r, id),
      site_attack_version: model.versions.attack,
      ccm_version: model.versions.ccm,
    };
  });
  return toCsv(COVERAGE_COLUMNS, rows);
}

const controlName = (model: CoverageModel, id: string) => {
  const c = model.controls.get(id);
  return c?.title ? `${id} ${c.title}` : id;
};

export function coverageLayer(model: CoverageModel, state: CoverageState, r: CoverageResult, pageUrl: string): NavigatorLayer {
  const ccm = `CCM v${model.versions.ccm}`;
  const techniques: LayerTechnique[] = [];
  for (const id of r.inScope) {
    const s = r.status(id);
    if (s === 'unmapped' && state.scope !== 'threats') continue;
    const impl = r.implementedFor(id);
    const users = r.threatUsers.get(id);
    const part = r.withStatusFor(id, 'partial');
    const planned = r.withStatusFor(id, 'planned');
    const na = r.withStatusFor(id, 'na');
    const missing = r.missingFor(id).filter((c) => !part.includes(c) && !planned.includes(c) && !na.includes(c));
    const block = (title: string, ids: string[]) => (ids.length ? `${title} (${ids.length}):\n${ids.map((c) => controlName(model, c)).join('\n')}` : '');
    const lines = [
      `${STATUS_LABEL[s]}.`,
      users?.length ? `Used by ${users.join(', ')}.` : '',
      s === 'unmapped' ? `No ${ccm} control is mapped to this technique.` : '',
      block('Implemented controls mitigating it', impl),
      block('Partially implemented controls', part),
      block('Planned controls', planned),
      block('Controls marked not applicable', na),
      block('Mapped controls not implemented', missing),
    ].filter(Boolean);
    techniques.push({ techniqueID: id, score: impl.length, color: STATUS_COLORS[s], comment: lines.join('\n') });
  }
  const max = Math.max(1, ...techniques.map((t) => t.score ?? 0));
  const threats = [...state.groups, ...state.campaigns, ...state.software];
  return navigatorLayer({
    name: `CCM coverage: ${state.controls.size} implemented controls${threats.length ? ` vs ${threats.join(', ')}` : ''}`.slice(0, 120),
    description:
      `Coverage of ATT&CK ${model.versions.attack} techniques by the ${state.controls.size} ${ccm} controls selected as implemented ` +
      `(CTID mapping made against ATT&CK ${model.versions.mappingAttack}, updated ${model.versions.mappingUpdated}). ` +
      `Green: mitigated by an implemented control; yellow: partly mitigated (a partially implemented control, none implemented); ` +
      `blue: planned (a planned control, none implemented or partial); red: mapped controls not implemented` +
      `${state.scope === 'threats' ? '; grey: used by the selected threats, no CCM control mapped' : ''}. Score: implemented controls mitigating the technique.`,
    attackVersion: model.versions.attack,
    techniques,
    gradient: { colors: [...SCORE_GRADIENT], minValue: 0, maxValue: max },
    legendItems: [
      { label: 'mitigated by an implemented control', color: STATUS_COLORS.mitigated },
      { label: 'partly mitigated (partially implemented control)', color: STATUS_COLORS.partial },
      { label: 'planned control', color: STATUS_COLORS.planned },
      { label: 'mapped controls not implemented', color: STATUS_COLORS.gap },
      ...(state.scope === 'threats' ? [{ label: `no ${ccm} control mapped`, color: STATUS_COLORS.unmapped }] : []),
    ],
    metadata: [
      { name: 'Implemented controls', value: model.controlOrder.filter((c) => state.controls.has(c)).join(', ') || '(none)' },
      ...(['partial', 'planned', 'na'] as const).flatMap((st) =>
        state[st].size ? [{ name: `${CONTROL_STATUS_LABEL[st]} controls`, value: model.controlOrder.filter((c) => state[st].has(c)).join(', ') }] : [],
      ),
      ...(threats.length ? [{ name: 'Threats', value: threats.join(', ') }] : []),
      ...(r.plan.steps.length
        ? [{ name: `Next best controls (first ${Math.min(10, r.plan.steps.length)} of ${r.plan.steps.length})`, value: planLines(r).join('; ') }]
        : []),
      { name: 'Scope', value: state.scope === 'threats' ? 'techniques used by the selected threats' : 'all techniques mapped to CCM' },
      { divider: true as const },
      { name: 'ATT&CK version', value: model.versions.attack },
      { name: 'CCM version', value: model.versions.ccm },
      { name: 'Mapping made against ATT&CK', value: model.versions.mappingAttack },
      { name: 'Mapping updated', value: model.versions.mappingUpdated },
    ],
    links: /^https?:\/\//.test(pageUrl) ? [{ label: 'This analysis (coverage analyzer)', url: pageUrl }] : [],
  });
}

/** Colour hint for UI legends (same as the layer). */
export const scoreColor = (score: number, max: number) => gradientColor(SCORE_GRADIENT, 0, max, score);

/**
 * The analysis as JSON: the selection with every control's status, the counts (overall and per
 * tactic) and every technique in scope with its status and the controls behind it.
 */
export function coverageJsonObject(model: CoverageModel, state: CoverageState, r: CoverageResult, pageUrl: string) {
  const statuses = statusesOf(state);
  return {
    format: 'ccm-attack-coverage/1',
    url: pageUrl,
    versions: model.versions,
    selection: {
      controls: model.controlOrder.filter((c) => statuses.has(c)).map((c) => ({ id: c, status: statuses.get(c)! })),
      groups: [...state.groups],
      campaigns: [...state.campaigns],
      software: [...state.software],
      scope: state.scope,
    },
    totals: r.totals,
    perTactic: r.perTactic.map(({ tactic, ...counts }) => ({ tactic: tactic.id, name: tactic.name, ...counts })),
    techniques: r.inScope.map((id) => ({
      id,
      name: model.techniques.get(id)?.name ?? '',
      status: STATUS_CODE[r.status(id)],
      implemented: r.implementedFor(id),
      partial: r.withStatusFor(id, 'partial'),
      planned: r.withStatusFor(id, 'planned'),
      notApplicable: r.withStatusFor(id, 'na'),
      notImplemented: r.missingFor(id),
      usedBy: r.threatUsers.get(id) ?? [],
      closedByPlanStep: r.planStepOf.get(id) ?? null,
    })),
    plan: {
      open: r.plan.open,
      weightedByThreats: state.weight && threatCount(state) > 0,
      steps: r.plan.steps.map((s, i) => ({
        step: i + 1,
        control: s.control,
        status: controlStatus(state, s.control),
        closes: s.closes,
        gain: s.gain,
        cumulative: s.cumulative,
      })),
    },
  };
}
export const coverageJson = (model: CoverageModel, state: CoverageState, r: CoverageResult, pageUrl: string) =>
  `${JSON.stringify(coverageJsonObject(model, state, r, pageUrl), null, 2)}\n`;
