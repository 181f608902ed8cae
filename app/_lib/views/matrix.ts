/**
 * The Enterprise matrix: tactics as columns in matrix order, live techniques with their live
 * sub-techniques, the number of CCM controls mapped to each, and the platforms each runs on.
 */
import type { ContentGraph } from '../content/graph';
import type { Technique } from '../content/schema';
import { tacticHref, techniqueHref } from '../urls';
import { huntingCounts, type HuntingCounts } from './hunting';
import type { FilterCell } from './matrix-filter';

/** Cloud platforms first (the readers this site is for), then the rest; unknown ones last, A–Z. */
export const PLATFORM_ORDER = ['IaaS', 'SaaS', 'Office Suite', 'Identity Provider', 'Containers', 'Windows', 'Linux', 'macOS', 'ESXi', 'Network Devices', 'PRE'];
export const CLOUD_PLATFORMS = new Set(PLATFORM_ORDER.slice(0, 5));

export function sortPlatforms(platforms: Iterable<string>): string[] {
  const rank = (p: string) => {
    const i = PLATFORM_ORDER.indexOf(p);
    return i === -1 ? PLATFORM_ORDER.length : i;
  };
  return [...new Set(platforms)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Token used in `data-p` attributes and CSS selectors: "Office Suite" → "office-suite". */
export const platformSlug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** id of the platform filter's radio for a slug ('' = all platforms). */
export const platformInputId = (slug: string) => `pf-${slug || 'all'}`;

/** Shading levels for the CCM overlay. Level 0 means no control is mapped. */
export const CCM_LEVELS = [
  { level: 0, min: 0, max: 0, label: 'No CCM control mapped' },
  { level: 1, min: 1, max: 2, label: '1–2 CCM controls' },
  { level: 2, min: 3, max: 5, label: '3–5 CCM controls' },
  { level: 3, min: 6, max: Infinity, label: '6 or more CCM controls' },
] as const;

export function ccmLevel(count: number): number {
  for (const l of CCM_LEVELS) if (count >= l.min && count <= l.max) return l.level;
  return 0;
}

export interface MatrixItem {
  id: string;
  name: string;
  href: string;
  /** Platform slugs, space-separated (for `[data-p~=…]`). */
  platforms: string;
  ccm: number;
  level: number;
  /** Sigma rules the technique page lists (a parent's include its sub-techniques'). */
  sigma: number;
  /** Atomic Red Team tests for exactly this id. */
  atomic: number;
  /**
   * Tokens for the hunting filter's `[data-h*=…]` CSS: 's' = has Sigma rules, 'a' = has Atomic
   * tests; on a technique also when only its sub-techniques (in this column) have them, so
   * filtering keeps the parent and its matching sub-techniques reachable.
   */
  hunting: string;
}

/** Values of the hunting filter (`?sigma=1&atomic=1`); `token` is what `data-h` holds. */
export const HUNTING_FILTERS = [
  { key: 'sigma', token: 's', label: 'Has Sigma rules', phrase: 'Sigma rules' },
  { key: 'atomic', token: 'a', label: 'Has Atomic tests', phrase: 'Atomic tests' },
] as const;
export type HuntingFilterKey = (typeof HUNTING_FILTERS)[number]['key'];
export const huntingInputId = (key: HuntingFilterKey) => `hf-${key}`;

/** The `data-h` tokens of one technique's own counts. */
export const huntingTokens = (c: Pick<HuntingCounts, 'sigma' | 'atomic'> | undefined) => (c?.sigma ? 's' : '') + (c?.atomic ? 'a' : '');


export interface MatrixTechnique extends MatrixItem {
  subs: MatrixItem[];
}

export interface MatrixColumn {
  tactic: { id: string; name: string; href: string };
  techniques: MatrixTechnique[];
}

export interface MatrixView {
  columns: MatrixColumn[];
  platforms: { label: string; slug: string; cloud: boolean; techniques: number }[];
  totals: { techniques: number; subtechniques: number; mappedTechniques: number; withSigma: number; withAtomic: number };
  /**
   * Every live technique and sub-technique as [platform bits, hunting bits] (filterCell), for the
   * filter's status message: how many match any set of platforms and hunting filters.
   */
  filterItems: FilterCell[];
}


/** A cell for the filter's counts, from its platform slugs ("iaas linux") and hunting tokens ("sa"). */
export function filterCell(platforms: string, hunting: string, view: Pick<MatrixView, 'platforms'>): FilterCell {
  const mine = new Set(platforms.split(' '));
  const p = view.platforms.reduce((bits, pl, i) => (mine.has(pl.slug) ? bits | (1 << i) : bits), 0);
  const h = HUNTING_FILTERS.reduce((bits, f, j) => (hunting.includes(f.token) ? bits | (1 << j) : bits), 0);
  return [p, h];
}

export { passes, type FilterCell } from './matrix-filter';

const item = (graph: ContentGraph, t: Technique): MatrixItem => {
  const ccm = graph.ccmByTechnique.get(t.id)?.length ?? 0;
  const h = huntingCounts(graph).get(t.id);
  return {
    id: t.id,
    name: t.name,
    href: techniqueHref(t.id),
    platforms: sortPlatforms(t.platforms).map(platformSlug).join(' '),
    ccm,
    level: ccmLevel(ccm),
    sigma: h?.sigma ?? 0,
    atomic: h?.atomic ?? 0,
    hunting: huntingTokens(h),
  };
};

const mergeTokens = (...tokens: string[]) => {
  const all = tokens.join('');
  return HUNTING_FILTERS.map((f) => f.token).filter((t) => all.includes(t)).join('');
};

export const liveSubtechniques = (graph: ContentGraph, id: string) => (graph.subtechniques.get(id) ?? []).filter((s) => s.status === 'live');

export function buildMatrixView(graph: ContentGraph): MatrixView {
  const columns = graph.tacticOrder
    .filter((ta) => ta.status === 'live')
    .map((ta) => ({
      tactic: { id: ta.id, name: ta.name, href: tacticHref(ta.id) },
      techniques: (graph.techniquesByTactic.get(ta.id) ?? []).map((t) => {
        const own = item(graph, t);
        // A sub-technique sits under its parent in the tactics it shares with it.
        const subs = liveSubtechniques(graph, t.id)
          .filter((s) => s.tactics.length === 0 || s.tactics.includes(ta.id))
          .map((s) => item(graph, s));
        return { ...own, hunting: mergeTokens(own.hunting, ...subs.map((s) => s.hunting)), subs };
      }),
    }));
  const live = [...graph.techniques.values()].filter((t) => t.status === 'live');
  const counts = new Map<string, number>();
  for (const t of live) for (const p of t.platforms) counts.set(p, (counts.get(p) ?? 0) + 1);
  const hc = huntingCounts(graph);
  const platforms = sortPlatforms(counts.keys()).map((label) => ({ label, slug: platformSlug(label), cloud: CLOUD_PLATFORMS.has(label), techniques: counts.get(label) ?? 0 }));
  const filterItems = [...live]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((t) => filterCell(t.platforms.map(platformSlug).join(' '), huntingTokens(hc.get(t.id)), { platforms }));
  return {
    columns,
    platforms,
    totals: {
      techniques: live.filter((t) => !t.isSubtechnique).length,
      subtechniques: live.filter((t) => t.isSubtechnique).length,
      mappedTechniques: live.filter((t) => (graph.ccmByTechnique.get(t.id)?.length ?? 0) > 0).length,
      withSigma: live.filter((t) => (hc.get(t.id)?.sigma ?? 0) > 0).length,
      withAtomic: live.filter((t) => (hc.get(t.id)?.atomic ?? 0) > 0).length,
    },
    filterItems,
  };
}
