/**
 * View models for the CCM pages: the domain list (/ccm/), one domain (/ccm/IAM/) and one control
 * (/ccm/IAM-14/). Also the ranking shared by every page that asks "which CCM controls address
 * these techniques?" (groups, campaigns, software, related controls).
 *
 * Builders take the content graph and return plain data; components render it.
 */
import type { ContentGraph } from '../content/graph';
import type { CcmControl, DataNote, MappingRow, Status, Technique } from '../content/schema';
import { anchorId, ccmControlHref, ccmDomainHref, ccmSlug, hrefForId, tacticHref, techniqueHref } from '../urls';
import { huntingCounts } from './hunting';
import { fieldAttr, optionsOf, type IndexFilterSpec } from './index-filter';

// ---------------------------------------------------------------------------------------------
// Shared references

/** A technique as other pages cite it: sub-techniques carry their parent's name. */
export interface TechniqueRef {
  id: string;
  href: string;
  name: string;
  /** "OS Credential Dumping: LSASS Memory" for sub-techniques, the name otherwise. */
  label: string;
  isSubtechnique: boolean;
  status: Status;
  revokedBy?: string;
}

export function techniqueRef(g: ContentGraph, id: string): TechniqueRef {
  const t = g.techniques.get(id);
  if (!t) return { id, href: techniqueHref(id), name: id, label: id, isSubtechnique: id.includes('.'), status: 'live' };
  const parent = t.isSubtechnique ? g.techniques.get(id.split('.')[0]!) : undefined;
  return {
    id,
    href: techniqueHref(id),
    name: t.name,
    label: parent ? `${parent.name}: ${t.name}` : t.name,
    isSubtechnique: t.isSubtechnique,
    status: t.status,
    ...(t.revokedBy ? { revokedBy: t.revokedBy } : {}),
  };
}

/** ATT&CK ids sort T1003 < T1003.001 < T1005 (string order does this already). */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface ControlRef {
  id: string;
  href: string;
  title: string | null;
  domain: string;
}

export const controlRef = (c: CcmControl): ControlRef => ({ id: c.id, href: ccmControlHref(c.id), title: c.title, domain: c.domain });

// ---------------------------------------------------------------------------------------------
// Mapping status

/** `not_in_mapping` is ours: a CCM v4.1 control the CTID mapping does not list at all. */
export type MappingStatus = 'mitigates' | 'non_mappable' | 'not_in_mapping';

export const NOT_IN_MAPPING_MEANING =
  'The CTID mapping does not list this CCM v4.1 control at all: it is neither mapped to a technique nor marked non-mappable.';

/** Every status a control has; HRS-03 has both `mitigates` rows and a `non_mappable` row. */
export function controlStatuses(c: Pick<CcmControl, 'inMapping' | 'nonMappable' | 'mappings'>): MappingStatus[] {
  if (!c.inMapping) return ['not_in_mapping'];
  const out: MappingStatus[] = [];
  if (c.mappings.length) out.push('mitigates');
  if (c.nonMappable) out.push('non_mappable');
  return out;
}

export interface StatusMeaning {
  status: MappingStatus;
  name: string;
  description: string;
}

export function statusMeanings(g: ContentGraph): Record<MappingStatus, StatusMeaning> {
  const t = g.meta.mapping.types;
  return {
    mitigates: { status: 'mitigates', name: t.mitigates?.name ?? 'mitigates', description: t.mitigates?.description ?? '' },
    non_mappable: { status: 'non_mappable', name: t.non_mappable?.name ?? 'non_mappable', description: t.non_mappable?.description ?? '' },
    not_in_mapping: { status: 'not_in_mapping', name: 'not in the mapping', description: NOT_IN_MAPPING_MEANING },
  };
}

// ---------------------------------------------------------------------------------------------
// Ranking: which controls address the most of a set of techniques

export interface ControlMatch {
  control: CcmControl;
  /** The given techniques this control mitigates (the mapping lists them), in id order. */
  techniques: string[];
  /**
   * Given sub-techniques the mapping does not list for this control, but whose parent technique
   * it does (only with `viaParent`), in id order.
   */
  viaParent: string[];
}

/**
 * Controls ranked by how many of `techniqueIds` they mitigate: most exact matches first (the
 * mapping lists that technique or sub-technique for the control), then most matches via a
 * parent technique, then CCM order. With `viaParent`, a sub-technique (T1059.001) also matches a
 * control that the mapping lists for its parent (T1059) but not for the sub-technique itself.
 */
export function rankControlsForTechniques(
  techniqueIds: Iterable<string>,
  ccmByTechnique: ReadonlyMap<string, readonly { control: CcmControl; row: MappingRow }[]>,
  options: { viaParent?: boolean } = {},
): ControlMatch[] {
  const ids = new Set(techniqueIds);
  const hits = new Map<string, ControlMatch>();
  const entry = (control: CcmControl) => {
    let m = hits.get(control.id);
    if (!m) hits.set(control.id, (m = { control, techniques: [], viaParent: [] }));
    return m;
  };
  for (const t of ids) {
    for (const { control } of ccmByTechnique.get(t) ?? []) {
      const m = entry(control);
      if (!m.techniques.includes(t)) m.techniques.push(t);
    }
  }
  if (options.viaParent) {
    for (const t of ids) {
      const dot = t.indexOf('.');
      if (dot < 0) continue;
      for (const { control } of ccmByTechnique.get(t.slice(0, dot)) ?? []) {
        const m = entry(control);
        if (!m.techniques.includes(t) && !m.viaParent.includes(t)) m.viaParent.push(t);
      }
    }
  }
  for (const m of hits.values()) {
    m.techniques.sort();
    m.viaParent.sort();
  }
  return [...hits.values()].sort(
    (a, b) => b.techniques.length - a.techniques.length || b.viaParent.length - a.viaParent.length || a.control.order - b.control.order,
  );
}

export interface RankedControl extends ControlRef {
  anchor: string;
  count: number;
  techniques: TechniqueRef[];
  viaParent: TechniqueRef[];
}

export interface CcmForTechniques {
  /** How many distinct techniques were asked about. */
  total: number;
  /** How many of them at least one control mitigates (the mapping lists them). */
  covered: number;
  /** Sub-techniques not listed for any control but whose parent technique is. */
  coveredViaParent: number;
  ranked: RankedControl[];
  /** Techniques no CCM control mitigates, not even via a parent technique. */
  uncovered: TechniqueRef[];
}

/** The CCM view of an actor's (or any) technique list: ranked controls plus what is left over. */
export function ccmForTechniques(g: ContentGraph, techniqueIds: Iterable<string>): CcmForTechniques {
  const ids = [...new Set(techniqueIds)].sort();
  const ranked = rankControlsForTechniques(ids, g.ccmByTechnique, { viaParent: true });
  const exact = new Set(ranked.flatMap((m) => m.techniques));
  const parent = new Set(ranked.flatMap((m) => m.viaParent).filter((t) => !exact.has(t)));
  return {
    total: ids.length,
    covered: exact.size,
    coveredViaParent: parent.size,
    ranked: ranked.map((m) => ({
      ...controlRef(m.control),
      anchor: anchorId('ccm', m.control.id),
      count: m.techniques.length,
      techniques: m.techniques.map((t) => techniqueRef(g, t)),
      viaParent: m.viaParent.map((t) => techniqueRef(g, t)),
    })),
    uncovered: ids.filter((t) => !exact.has(t) && !parent.has(t)).map((t) => techniqueRef(g, t)),
  };
}

// ---------------------------------------------------------------------------------------------
// Tactic coverage

export interface TacticCoverage {
  id: string;
  name: string;
  href: string;
  /** Distinct live techniques and sub-techniques in this tactic among the given ones. */
  mapped: number;
  /** All live techniques and sub-techniques in this tactic. */
  total: number;
}

/** Per tactic (matrix order): how many of `techniqueIds` belong to it, out of all live ones. */
export function tacticCoverage(g: ContentGraph, techniqueIds: Iterable<string>): TacticCoverage[] {
  const mine = new Set(techniqueIds);
  const mapped = new Map<string, number>();
  const total = new Map<string, number>();
  for (const t of g.techniques.values()) {
    if (t.status !== 'live') continue;
    for (const ta of t.tactics) {
      total.set(ta, (total.get(ta) ?? 0) + 1);
      if (mine.has(t.id)) mapped.set(ta, (mapped.get(ta) ?? 0) + 1);
    }
  }
  return g.tacticOrder.map((ta) => ({ id: ta.id, name: ta.name, href: tacticHref(ta.id), mapped: mapped.get(ta.id) ?? 0, total: total.get(ta.id) ?? 0 }));
}

// ---------------------------------------------------------------------------------------------
// Data notes about an object

export interface NoteRef {
  id: string;
  source: string;
  subject: string;
  problem: string;
  correction: string;
}

const ID_TOKEN = /(?<![A-Za-z0-9&])(T\d{4}(?:\.\d{3})?|TA\d{4}|DET\d{4}|DC\d{4}|[MGCS]\d{4}|[A-Z&]{3}-\d{2}|[A-Z&]{3})(?![A-Za-z0-9&-])/g;

/** The published ids a data note's subject names ("DCS-04, DCS-05", "G0074 Dragonfly 2.0 …"). */
export function idsInSubject(g: ContentGraph, subject: string): string[] {
  return [...subject.matchAll(ID_TOKEN)].map((m) => m[1]!).filter((id) => g.byId.has(id));
}

export function notesAbout(g: ContentGraph, id: string): DataNote[] {
  return g.meta.dataNotes.filter((n) => idsInSubject(g, n.subject).includes(id));
}

// ---------------------------------------------------------------------------------------------
// /ccm/

export interface DomainSummary {
  id: string;
  name: string;
  href: string;
  anchor: string;
  controls: number;
  mitigating: number;
  nonMappable: number;
  notInMapping: number;
  techniques: number;
}

export interface CcmIndexView {
  ccmVersion: string;
  mappingAttackVersion: string;
  siteAttackVersion: string;
  mappingUpdated: string;
  statuses: StatusMeaning[];
  domains: DomainSummary[];
  totals: Omit<DomainSummary, 'id' | 'name' | 'href' | 'anchor'>;
  notInMapping: ControlRef[];
  /** Controls the mapping both maps to techniques and marks non_mappable. */
  mitigatingAndNonMappable: ControlRef[];
  /** Every control in CCM order, with its domain and the index filters' attributes. */
  controls: (DomainControlRow & { domain: string; attrs: Record<string, string> })[];
  controlsFilter: IndexFilterSpec;
}

function summarise(g: ContentGraph, controls: readonly CcmControl[]) {
  return {
    controls: controls.length,
    mitigating: controls.filter((c) => c.mappings.length > 0).length,
    nonMappable: controls.filter((c) => c.nonMappable).length,
    notInMapping: controls.filter((c) => !c.inMapping).length,
    techniques: new Set(controls.flatMap((c) => c.mappings.map((r) => r.technique))).size,
  };
}

export function buildCcmIndex(g: ContentGraph): CcmIndexView {
  const domains = [...g.ccmDomains.values()].sort((a, b) => a.order - b.order);
  const all = [...g.ccmControls.values()].sort((a, b) => a.order - b.order);
  const meanings = statusMeanings(g);
  const rows = all.map((c) => controlRow(g, c));
  return {
    ccmVersion: g.meta.ccm.version,
    mappingAttackVersion: g.meta.mapping.attackVersion,
    siteAttackVersion: g.meta.attack.version,
    mappingUpdated: g.meta.mapping.updated,
    statuses: [meanings.mitigates, meanings.non_mappable, meanings.not_in_mapping],
    domains: domains.map((d) => ({
      id: d.id,
      name: d.name,
      href: ccmDomainHref(d.id),
      anchor: anchorId('domain', d.id),
      ...summarise(g, g.controlsByDomain.get(d.id) ?? []),
    })),
    totals: summarise(g, all),
    notInMapping: all.filter((c) => !c.inMapping).map(controlRef),
    mitigatingAndNonMappable: all.filter((c) => c.nonMappable && c.mappings.length > 0).map(controlRef),
    controls: rows.map((r, i) => ({
      ...r,
      domain: all[i]!.domain,
      attrs: { ...fieldAttr('domain', [all[i]!.domain]), ...fieldAttr('status', r.statuses), 'data-s-techniques': String(r.techniqueCount) },
    })),
    controlsFilter: {
      fields: [
        { key: 'domain', label: 'Domain', kind: 'select', options: optionsOf(all.map((c) => [c.domain]), (d) => `${d} ${g.ccmDomains.get(d)?.name ?? ''}`.trim(), domains.map((d) => d.id)) },
        { key: 'status', label: 'Mapping status', kind: 'any', options: optionsOf(rows.map((r) => r.statuses), (v) => v.replace('not_in_mapping', 'not in mapping'), ['mitigates', 'non_mappable', 'not_in_mapping']) },
      ],
      sorts: [
        { key: '', label: 'CCM order' },
        { key: 'techniques', label: 'Most techniques' },
      ],
      total: all.length,
      noun: 'controls',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Slugs: /ccm/IAM/ (domain) and /ccm/IAM-14/ (control) share one dynamic route.

export type CcmSlugTarget = { kind: 'domain'; id: string } | { kind: 'control'; id: string };

export function ccmSlugs(g: ContentGraph): string[] {
  return [...[...g.ccmDomains.keys()].map(ccmSlug), ...[...g.ccmControls.keys()].map(ccmSlug)];
}

export function resolveCcmSlug(g: ContentGraph, slug: string): CcmSlugTarget | undefined {
  for (const id of g.ccmDomains.keys()) if (ccmSlug(id) === slug) return { kind: 'domain', id };
  for (const id of g.ccmControls.keys()) if (ccmSlug(id) === slug) return { kind: 'control', id };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// /ccm/IAM/

export interface DomainControlRow extends ControlRef {
  anchor: string;
  statuses: MappingStatus[];
  techniqueCount: number;
  /** Of its mapped techniques, how many have Sigma rules / Atomic tests (as their pages list them). */
  withSigma: number;
  withAtomic: number;
  specificationAvailable: boolean;
}

/** Of a set of technique ids, how many have Sigma rules and how many Atomic tests. */
export function huntingCoverage(g: ContentGraph, ids: Iterable<string>): { withSigma: number; withAtomic: number } {
  const hc = huntingCounts(g);
  let withSigma = 0;
  let withAtomic = 0;
  for (const id of ids) {
    const c = hc.get(id);
    if (c?.sigma) withSigma++;
    if (c?.atomic) withAtomic++;
  }
  return { withSigma, withAtomic };
}

function controlRow(g: ContentGraph, c: CcmControl): DomainControlRow {
  const ids = new Set(c.mappings.map((r) => r.technique));
  return {
    ...controlRef(c),
    anchor: anchorId('ccm', c.id),
    statuses: controlStatuses(c),
    techniqueCount: ids.size,
    ...huntingCoverage(g, ids),
    specificationAvailable: c.specification === 'aligned',
  };
}

export interface CcmDomainView {
  id: string;
  name: string;
  href: string;
  description: string;
  controls: DomainControlRow[];
  summary: ReturnType<typeof summarise>;
  /** Of the domain's distinct mapped techniques (summary.techniques), how many have Sigma rules / Atomic tests. */
  hunting: { withSigma: number; withAtomic: number };
  coverage: TacticCoverage[];
  statuses: Record<MappingStatus, StatusMeaning>;
  notes: DataNote[];
  mappingAttackVersion: string;
  siteAttackVersion: string;
}

export function buildCcmDomain(g: ContentGraph, id: string): CcmDomainView {
  const d = g.ccmDomains.get(id);
  if (!d) throw new Error(`unknown CCM domain ${id}`);
  const controls = g.controlsByDomain.get(id) ?? [];
  const techniques = new Set(controls.flatMap((c) => c.mappings.map((r) => r.technique)));
  return {
    id: d.id,
    name: d.name,
    href: ccmDomainHref(d.id),
    description: d.body,
    controls: controls.map((c) => controlRow(g, c)),
    summary: summarise(g, controls),
    hunting: huntingCoverage(g, techniques),
    coverage: tacticCoverage(g, techniques),
    statuses: statusMeanings(g),
    notes: notesAbout(g, d.id),
    mappingAttackVersion: g.meta.mapping.attackVersion,
    siteAttackVersion: g.meta.attack.version,
  };
}

// ---------------------------------------------------------------------------------------------
// /ccm/IAM-14/

export interface ControlMappingRow {
  technique: TechniqueRef;
  anchor: string;
  /** The row's own rationale; empty when the row shares one (see `shared`). */
  rationale: string;
  /** The shared rationale this row uses, when the mapping gives the same text to several techniques. */
  shared?: { n: number; anchor: string };
  /** The technique's name as the mapping recorded it, when it differs from ATT&CK's current name. */
  recordedName?: string;
  /** Other tactics the technique belongs to (it is listed once, under its first tactic). */
  alsoIn: { id: string; name: string; href: string }[];
  /** What changed for the technique between the mapping's ATT&CK release and the site's. */
  changes: string[];
}

export interface ControlTacticGroup {
  tactic: { id: string; name: string; href: string } | null;
  anchor: string;
  rows: ControlMappingRow[];
}

export interface RelatedControl extends ControlRef {
  shared: number;
  /** Techniques the related control maps in total. */
  total: number;
  techniques: TechniqueRef[];
}

/** A rationale the mapping gives, word for word, to several techniques of one control: shown once. */
export interface SharedRationale {
  n: number;
  anchor: string;
  text: string;
  techniques: TechniqueRef[];
}

export interface CcmControlView {
  id: string;
  /** Rationales shared by two or more techniques, in order of first use (by technique id). */
  sharedRationales: SharedRationale[];
  href: string;
  title: string | null;
  domain: { id: string; name: string; href: string };
  specification: string | null;
  statuses: MappingStatus[];
  meanings: Record<MappingStatus, StatusMeaning>;
  groups: ControlTacticGroup[];
  techniqueCount: number;
  related: RelatedControl[];
  relatedTotal: number;
  notes: DataNote[];
  mappingAttackVersion: string;
  siteAttackVersion: string;
  mappingUpdated: string;
  ccmVersion: string;
  prev?: ControlRef;
  next?: ControlRef;
}

/** Sentences for what changed between the mapping's ATT&CK release and ours. */
function eraChanges(g: ContentGraph, t: Technique | undefined): string[] {
  if (!t) return ['not in ATT&CK ' + g.meta.attack.version];
  const out: string[] = [];
  if (t.status === 'revoked') out.push(`revoked in ATT&CK ${g.meta.attack.version}${t.revokedBy ? `, replaced by ${t.revokedBy}` : ''}`);
  if (t.status === 'deprecated') out.push(`deprecated in ATT&CK ${g.meta.attack.version}`);
  const era = t.mappingEra;
  if (!era) return out;
  const name = (id: string) => g.tactics.get(id)?.name ?? id;
  if (era.tacticsAdded.length) out.push(`tactic added since v${era.attackVersion}: ${era.tacticsAdded.map(name).join(', ')}`);
  if (era.tacticsRemoved.length) out.push(`tactic removed since v${era.attackVersion}: ${era.tacticsRemoved.map(name).join(', ')}`);
  if (era.platformsAdded.length) out.push(`platform added since v${era.attackVersion}: ${era.platformsAdded.join(', ')}`);
  if (era.platformsRemoved.length) out.push(`platform removed since v${era.attackVersion}: ${era.platformsRemoved.join(', ')}`);
  return out;
}

export function buildCcmControl(g: ContentGraph, id: string): CcmControlView {
  const c = g.ccmControls.get(id);
  if (!c) throw new Error(`unknown CCM control ${id}`);
  const d = g.ccmDomains.get(c.domain);
  const order = new Map(g.tacticOrder.map((t, i) => [t.id, i]));

  // One row per technique (the mapping can list a technique once per control), under its first
  // tactic in matrix order, so each row keeps one stable anchor.
  const groups = new Map<string, ControlTacticGroup>();
  const seen = new Set<string>();
  for (const row of c.mappings) {
    if (seen.has(row.technique)) continue;
    seen.add(row.technique);
    const t = g.techniques.get(row.technique);
    const tactics = [...(t?.tactics ?? [])].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
    const first = tactics[0];
    const key = first ?? '';
    let group = groups.get(key);
    if (!group) {
      const ta = first ? g.tactics.get(first) : undefined;
      group = {
        tactic: ta ? { id: ta.id, name: ta.name, href: tacticHref(ta.id) } : null,
        anchor: ta ? anchorId('tactic', ta.id) : 'tactic-none',
        rows: [],
      };
      groups.set(key, group);
    }
    const ref = techniqueRef(g, row.technique);
    group.rows.push({
      technique: ref,
      anchor: anchorId('technique', row.technique),
      rationale: row.rationale,
      ...(row.techniqueName && t && row.techniqueName !== t.name ? { recordedName: row.techniqueName } : {}),
      alsoIn: tactics.slice(1).map((ta) => ({ id: ta, name: g.tactics.get(ta)?.name ?? ta, href: tacticHref(ta) })),
      changes: eraChanges(g, t),
    });
  }
  const sortedGroups = [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : (order.get(a) ?? 99) - (order.get(b) ?? 99)))
    .map(([, grp]) => ({ ...grp, rows: grp.rows.sort((x, y) => byId(x.technique, y.technique)) }));

  // The same rationale, word for word (whitespace aside), on several rows: once, above the tables.
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const rowsById = sortedGroups.flatMap((grp) => grp.rows).sort((x, y) => byId(x.technique, y.technique));
  const uses = new Map<string, ControlMappingRow[]>();
  for (const r of rowsById) {
    const key = norm(r.rationale);
    if (!key) continue;
    uses.set(key, [...(uses.get(key) ?? []), r]);
  }
  const sharedRationales: SharedRationale[] = [];
  for (const rows of uses.values()) {
    if (rows.length < 2) continue;
    const n = sharedRationales.length + 1;
    const anchor = `rationale-${n}`;
    sharedRationales.push({ n, anchor, text: rows[0]!.rationale, techniques: rows.map((r) => r.technique) });
    for (const r of rows) {
      r.shared = { n, anchor };
      r.rationale = '';
    }
  }

  const mine = [...seen];
  const relatedAll = rankControlsForTechniques(mine, g.ccmByTechnique).filter((m) => m.control.id !== c.id);
  const siblings = g.controlsByDomain.get(c.domain) ?? [];
  const at = siblings.findIndex((s) => s.id === c.id);
  const prev = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 ? siblings[at + 1] : undefined;

  return {
    id: c.id,
    href: ccmControlHref(c.id),
    title: c.title,
    domain: { id: c.domain, name: d?.name ?? c.domain, href: ccmDomainHref(c.domain) },
    specification: c.specification === 'aligned' && c.body ? c.body : null,
    statuses: controlStatuses(c),
    meanings: statusMeanings(g),
    groups: sortedGroups,
    sharedRationales,
    techniqueCount: seen.size,
    related: relatedAll.slice(0, 10).map((m) => ({
      ...controlRef(m.control),
      shared: m.techniques.length,
      total: new Set(m.control.mappings.map((r) => r.technique)).size,
      techniques: m.techniques.map((t) => techniqueRef(g, t)),
    })),
    relatedTotal: relatedAll.length,
    notes: notesAbout(g, c.id),
    mappingAttackVersion: g.meta.mapping.attackVersion,
    siteAttackVersion: g.meta.attack.version,
    mappingUpdated: g.meta.mapping.updated,
    ccmVersion: g.meta.ccm.version,
    ...(prev ? { prev: controlRef(prev) } : {}),
    ...(next ? { next: controlRef(next) } : {}),
  };
}

/** Href for an id in a note subject, for linking (revoked ids too: their URLs redirect). */
export const hrefForPublishedId = (g: ContentGraph, id: string) => (g.byId.has(id) ? hrefForId(id) : undefined);
