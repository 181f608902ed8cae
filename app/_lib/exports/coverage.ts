/**
 * The coverage analyzer's model: reads the compact data file, holds the selection that lives in
 * the URL, and computes what the page shows and exports. Pure (no React, no DOM, no Node), so
 * the same code runs in unit tests and in the browser.
 *
 * Semantics (stated on the page too):
 * - a technique is *mitigated* when at least one implemented CCM control is mapped to that exact
 *   technique or sub-technique (the mapping does not pass between parent and sub-technique);
 * - a *gap* is a technique some CCM control maps, none of them implemented;
 * - *no CCM mapping*: no CCM v4.1 control maps the technique at all (implementing more CCM
 *   controls cannot change that; look at ATT&CK mitigations instead).
 */
import { ccmSlug } from '../urls';
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
  kind: 'group' | 'campaign';
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
    slugs,
  };
}

// ---------------------------------------------------------------- state in the URL

export type Scope = 'all' | 'threats';
export interface CoverageState {
  /** Implemented control ids. */
  controls: ReadonlySet<string>;
  groups: readonly string[];
  campaigns: readonly string[];
  /** List sub-techniques in the matrix. */
  sub: boolean;
  /** Matrix, counts and gap list over all techniques or only the selected threats' ones. */
  scope: Scope;
}
export const EMPTY_STATE: CoverageState = { controls: new Set(), groups: [], campaigns: [], sub: false, scope: 'all' };

const list = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * ?controls=IAM,IS-06&groups=G0096&campaigns=C0024&sub=1&scope=threats
 * `controls` holds control slugs (I&S-06 → IS-06: no `&` to escape), and a domain slug stands
 * for every control of the domain. Unknown ids are reported, not kept.
 */
export function parseState(search: string, model: CoverageModel): { state: CoverageState; unknown: string[] } {
  const p = new URLSearchParams(search);
  const unknown: string[] = [];
  const controls = new Set<string>();
  for (const token of list(p.get('controls'))) {
    const id = model.slugs.get(token.toUpperCase());
    const domain = id ? model.domains.find((d) => d.id === id) : undefined;
    if (domain) domain.controls.forEach((c) => controls.add(c));
    else if (id && model.controls.has(id)) controls.add(id);
    else unknown.push(token);
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
  const scope: Scope = p.get('scope') === 'threats' && groups.length + campaigns.length > 0 ? 'threats' : 'all';
  return { state: { controls, groups, campaigns, sub: p.get('sub') === '1', scope }, unknown };
}

/** Canonical query string (no leading ?), '' for the empty state. Whole domains collapse to the domain slug. */
export function serializeState(state: CoverageState, model: CoverageModel): string {
  const tokens: string[] = [];
  for (const d of model.domains) {
    const chosen = d.controls.filter((c) => state.controls.has(c));
    if (chosen.length && chosen.length === d.controls.length) tokens.push(d.slug);
    else tokens.push(...chosen.map((c) => model.controls.get(c)?.slug ?? ccmSlug(c)));
  }
  const parts: string[] = [];
  if (tokens.length) parts.push(`controls=${tokens.join(',')}`);
  if (state.groups.length) parts.push(`groups=${[...state.groups].sort().join(',')}`);
  if (state.campaigns.length) parts.push(`campaigns=${[...state.campaigns].sort().join(',')}`);
  if (state.sub) parts.push('sub=1');
  if (state.scope === 'threats' && state.groups.length + state.campaigns.length) parts.push('scope=threats');
  return parts.join('&');
}

// ---------------------------------------------------------------- analysis

export type TechniqueStatus = 'mitigated' | 'gap' | 'unmapped';
export const STATUS_LABEL: Record<TechniqueStatus, string> = {
  mitigated: 'Mitigated',
  gap: 'Mapped, not implemented',
  unmapped: 'No CCM mapping',
};

export interface TacticCount {
  tactic: CTactic;
  total: number;
  mitigated: number;
  gap: number;
  unmapped: number;
}
export interface RankedControl {
  control: CControl;
  /** Threat techniques it mitigates. */
  techniques: string[];
  /** Of those, techniques no implemented control mitigates yet. */
  newlyCovered: number;
  implemented: boolean;
}
export interface CoverageResult {
  status: (techniqueId: string) => TechniqueStatus;
  /** Implemented controls mapped to the technique. */
  implementedFor: (techniqueId: string) => string[];
  /** Mapped controls not implemented. */
  missingFor: (techniqueId: string) => string[];
  /** Techniques in scope (all live ones, or the selected threats'), by id. */
  inScope: string[];
  inScopeSet: ReadonlySet<string>;
  /** Techniques of the selected groups/campaigns → which of them use it. */
  threatUsers: ReadonlyMap<string, string[]>;
  totals: { total: number; mitigated: number; gap: number; unmapped: number };
  perTactic: TacticCount[];
  /** In scope, mapped, not mitigated: most mapped controls first. */
  gaps: CTechnique[];
  /** In scope, no CCM control maps them. */
  unmapped: CTechnique[];
  /** Controls by how many of the threats' techniques they mitigate (empty without threats). */
  ranking: RankedControl[];
}

export function analyse(model: CoverageModel, state: CoverageState): CoverageResult {
  const implementedFor = (id: string) => (model.techniques.get(id)?.controls ?? []).filter((c) => state.controls.has(c));
  const missingFor = (id: string) => (model.techniques.get(id)?.controls ?? []).filter((c) => !state.controls.has(c));
  const status = (id: string): TechniqueStatus => {
    const t = model.techniques.get(id);
    if (!t || t.controls.length === 0) return 'unmapped';
    return t.controls.some((c) => state.controls.has(c)) ? 'mitigated' : 'gap';
  };

  const threatUsers = new Map<string, string[]>();
  const threats = [...state.groups.map((id) => model.groups.get(id)), ...state.campaigns.map((id) => model.campaigns.get(id))].filter(
    (t): t is CThreat => !!t,
  );
  for (const th of threats) for (const t of th.techniques) threatUsers.set(t, [...(threatUsers.get(t) ?? []), th.id]);

  const inScope = (state.scope === 'threats' && threats.length ? [...threatUsers.keys()] : [...model.techniques.keys()]).sort();
  const inScopeSet = new Set(inScope);
  const totals = { total: inScope.length, mitigated: 0, gap: 0, unmapped: 0 };
  const perTactic = new Map<string, TacticCount>(model.tactics.map((tactic) => [tactic.id, { tactic, total: 0, mitigated: 0, gap: 0, unmapped: 0 }]));
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
    if (s === 'gap') gaps.push(t);
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
      });
    }
    // Stable sort: ties keep CCM order.
    ranking.sort((a, b) => b.techniques.length - a.techniques.length);
  }
  return { status, implementedFor, missingFor, inScope, inScopeSet, threatUsers, totals, perTactic: [...perTactic.values()], gaps, unmapped, ranking };
}

/** One sentence for the live region and the page summary. */
export function summarise(model: CoverageModel, state: CoverageState, r: CoverageResult): string {
  const scope = state.scope === 'threats' ? 'techniques used by the selected groups and campaigns' : 'ATT&CK techniques and sub-techniques';
  const n = state.controls.size;
  return (
    `${n} of ${model.controls.size} CCM controls implemented. ` +
    `Of ${r.totals.total} ${scope}: ${r.totals.mitigated} mitigated, ${r.totals.gap} mapped to CCM controls that are not implemented, ` +
    `${r.totals.unmapped} with no CCM mapping.`
  );
}

// ---------------------------------------------------------------- exports

export const COVERAGE_COLUMNS = [
  'technique_id',
  'technique_name',
  'tactics',
  'status',
  'implemented_controls',
  'mapped_controls_not_implemented',
  'used_by',
  'site_attack_version',
  'ccm_version',
] as const;
const STATUS_CODE: Record<TechniqueStatus, string> = { mitigated: 'mitigated', gap: 'not_mitigated', unmapped: 'no_ccm_mapping' };

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
      mapped_controls_not_implemented: r.missingFor(id).join('; '),
      used_by: (r.threatUsers.get(id) ?? []).join('; '),
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
    const missing = r.missingFor(id);
    const users = r.threatUsers.get(id);
    const lines = [
      users?.length ? `Used by ${users.join(', ')}.` : '',
      s === 'unmapped' ? `No ${ccm} control is mapped to this technique.` : '',
      impl.length ? `Implemented controls mitigating it (${impl.length}):\n${impl.map((c) => controlName(model, c)).join('\n')}` : '',
      missing.length ? `Mapped controls not implemented (${missing.length}):\n${missing.map((c) => controlName(model, c)).join('\n')}` : '',
    ].filter(Boolean);
    techniques.push({ techniqueID: id, score: impl.length, color: STATUS_COLORS[s], comment: lines.join('\n') });
  }
  const max = Math.max(1, ...techniques.map((t) => t.score ?? 0));
  const threats = [...state.groups, ...state.campaigns];
  return navigatorLayer({
    name: `CCM coverage: ${state.controls.size} implemented controls${threats.length ? ` vs ${threats.join(', ')}` : ''}`.slice(0, 120),
    description:
      `Coverage of ATT&CK ${model.versions.attack} techniques by the ${state.controls.size} ${ccm} controls selected as implemented ` +
      `(CTID mapping made against ATT&CK ${model.versions.mappingAttack}, updated ${model.versions.mappingUpdated}). ` +
      `Green: mitigated by an implemented control; red: mapped controls not implemented` +
      `${state.scope === 'threats' ? '; grey: used by the selected threats, no CCM control mapped' : ''}. Score: implemented controls mitigating the technique.`,
    attackVersion: model.versions.attack,
    techniques,
    gradient: { colors: [...SCORE_GRADIENT], minValue: 0, maxValue: max },
    legendItems: [
      { label: 'mitigated by an implemented control', color: STATUS_COLORS.mitigated },
      { label: 'mapped controls not implemented', color: STATUS_COLORS.gap },
      ...(state.scope === 'threats' ? [{ label: `no ${ccm} control mapped`, color: STATUS_COLORS.unmapped }] : []),
    ],
    metadata: [
      { name: 'Implemented controls', value: model.controlOrder.filter((c) => state.controls.has(c)).join(', ') || '(none)' },
      ...(threats.length ? [{ name: 'Threats', value: threats.join(', ') }] : []),
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
