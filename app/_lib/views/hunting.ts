/**
 * View models for the hunting and cloud sections: Sigma rules, Atomic Red Team tests, Threat
 * Matrix for Kubernetes entries and the cloud view. Plain, serialisable props for
 * components/hunting/*; nothing here renders.
 *
 * Two sizes of the same sections:
 * - on the technique page (huntingViewFor): a summary that respects the page's weight budget —
 *   the first few rules and tests (TECHNIQUE_PAGE; most severe rules first), each rule's YAML on
 *   demand; no descriptions or commands; a link to
 * - the technique's hunting page /hunting/T1133/ (huntingPageViewFor): every rule with its
 *   description, false positives and YAML, every Atomic test with its commands.
 * Every rule and test listed is credited and linked to its source.
 */
import { getContent } from '../content/loader';
import type { ContentGraph } from '../content/graph';
import { SIGMA_LEVEL_ORDER, type Via } from '../content/hunting';
import type { AtomicTest, KubernetesTechnique, SigmaRule } from '../content/schema';
import { markdownToPlainText } from '../markdown/render';
import { anchorId, ccmControlHref, dataComponentHref, detectionStrategyHref, huntingHref, kubernetesHref, kubernetesTacticHref, techniqueHref } from '../urls';

/**
 * How much of each list the technique page carries; the hunting page lists them all. Sigma was
 * 10 shown plus 10 more in a <details>: rules 6–20 cost T1133 1.4 KB of its 15 KB HTML budget.
 */
export const TECHNIQUE_PAGE = { sigma: 5, atomic: 10 } as const;

/** ATT&CK platforms that are cloud services (plus the pre-v14 name of Office Suite). */
export const CLOUD_PLATFORMS = ['IaaS', 'SaaS', 'Office Suite', 'Identity Provider', 'Containers', 'Office 365'] as const;

export interface Licence {
  name: string;
  url: string;
}

export const LICENCES = {
  sigma: { name: 'Detection Rule License (DRL) 1.1', url: 'https://github.com/SigmaHQ/Detection-Rule-License' },
  atomic: { name: 'MIT License', url: 'https://opensource.org/license/mit' },
  kubernetes: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const satisfies Record<string, Licence>;

export interface Release {
  /** e.g. "SigmaHQ/sigma" */
  repo: string;
  /** Tag or commit. */
  ref: string;
  /** The repository at that ref on GitHub. */
  url: string;
}

const releaseOf = (r: { repo: string; ref: string } | undefined): Release | null =>
  r ? { repo: r.repo, ref: r.ref, url: `https://github.com/${r.repo}/tree/${r.ref}` } : null;

export interface IdLink {
  id: string;
  href: string;
}

/** How a list is cut for one page. */
export interface ListSize {
  /** Items rendered (the rest are only counted, with a link to the full list). */
  limit: number;
  /** Whether items carry their full text (descriptions, commands). */
  detailed: boolean;
}
const FULL: ListSize = { limit: Number.MAX_SAFE_INTEGER, detailed: true };
const summary = (limit: number): ListSize => ({ limit, detailed: false });

// --- Sigma

export type SigmaLevel = SigmaRule['level'];
export type SigmaStatus = SigmaRule['status'];

export interface SigmaRuleItem {
  id: string;
  /** In-page anchor, e.g. sigma-1f6b8cd4-…; stable across releases (the rule id). */
  anchor: string;
  title: string;
  level: SigmaLevel;
  status: SigmaStatus;
  /** "linux · process_creation" */
  logsource: string;
  /** The log source's product ("windows", "aws"), or "" when the rule names none: the hunting page's product filter. */
  product: string;
  /** The log source's category ("process_creation") and service ("security"), "" when it names none: the hunting page's filters. */
  category: string;
  service: string;
  author: string;
  date?: string;
  /** Which SigmaHQ folder: rules, emerging threats, threat hunting. */
  collection: 'core' | 'emerging threats' | 'threat hunting';
  /** The rule's file on GitHub at the pinned release. */
  sourceUrl: string;
  /**
   * Sub-techniques the rule is tagged with, when shown on their parent's page. On the parent's
   * hunting page each links to the rule on that sub-technique's hunting page, where it is in full.
   */
  via: IdLink[];
  /**
   * Full mode, for rules tagged with the technique itself (a rule that comes only "via" a
   * sub-technique is listed briefly on the parent's hunting page and in full on the sub-technique's:
   * one copy of each description on the site, and /hunting/T1059/ stays within its weight budget).
   */
  detail?: { description: string; falsePositives: string[]; modified?: string; path: string };
}

export interface SigmaRulesProps {
  techniqueId: string;
  /** The rules to render (all of them, or the first `limit`). */
  rules: SigmaRuleItem[];
  /** All rules for the technique. */
  total: number;
  /** The technique's hunting page, when this list is a summary of it. */
  fullListHref: string | null;
  /** The hunting page's list: rules tagged with the technique in full, those only via a sub-technique in brief. */
  detailed: boolean;
  levelCounts: { level: SigmaLevel; count: number }[];
  release: Release | null;
  licence: Licence;
  /** The full list's filter choices with how many rules each has (the hunting page only). */
  filters?: SigmaFilters;
}

export interface SigmaFilters {
  levels: { value: string; count: number }[];
  statuses: { value: string; count: number }[];
  products: { value: string; count: number }[];
  /** Log source categories and services named by the rules, most rules first. */
  categories: { value: string; count: number }[];
  services: { value: string; count: number }[];
}

const countsOf = (values: string[], order?: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : (counts.get(b)! - counts.get(a)!) || (a < b ? -1 : 1)));
  return keys.map((value) => ({ value, count: counts.get(value)! }));
};
const SIGMA_STATUS_ORDER = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const;

const collectionOf = (p: string): SigmaRuleItem['collection'] =>
  p.startsWith('rules-emerging-threats/') ? 'emerging threats' : p.startsWith('rules-threat-hunting/') ? 'threat hunting' : 'core';

const linkTo = (id: string): IdLink => ({ id, href: techniqueHref(id) });

export function sigmaView(g: ContentGraph, techniqueId: string, size: ListSize = summary(TECHNIQUE_PAGE.sigma), viaHref?: (subId: string, ruleAnchor: string) => string): SigmaRulesProps {
  const list = g.sigmaByTechnique.get(techniqueId) ?? [];
  const rules = list.slice(0, size.limit).map(
    ({ item: r, via }: Via<SigmaRule>): SigmaRuleItem => {
      const anchor = anchorId('sigma', r.id);
      return {
        id: r.id,
        anchor,
        title: r.title,
        level: r.level,
        status: r.status,
        logsource: [r.logsource.product, r.logsource.service, r.logsource.category].filter(Boolean).join(' · ') || 'unspecified',
        product: r.logsource.product ?? '',
        category: r.logsource.category ?? '',
        service: r.logsource.service ?? '',
        author: r.author,
        ...(r.date ? { date: r.date } : {}),
        collection: collectionOf(r.path),
        sourceUrl: r.url,
        via: via.map((id) => (viaHref ? { id, href: viaHref(id, anchor) } : linkTo(id))),
        ...(size.detailed && !via.length
          ? { detail: { description: r.description, falsePositives: r.falsePositives, path: r.path, ...(r.modified ? { modified: r.modified } : {}) } }
          : {}),
      };
    },
  );
  return {
    techniqueId,
    rules,
    total: list.length,
    fullListHref: size.detailed || !list.length ? null : `${huntingHref(techniqueId)}#sigma`,
    detailed: size.detailed,
    levelCounts: SIGMA_LEVEL_ORDER.map((level) => ({ level, count: list.filter((r) => r.item.level === level).length })).filter((c) => c.count > 0),
    release: releaseOf(g.meta.hunting?.sigma),
    licence: LICENCES.sigma,
    ...(size.detailed && list.length > 1
      ? {
          filters: {
            levels: countsOf(list.map((r) => r.item.level), SIGMA_LEVEL_ORDER),
            statuses: countsOf(list.map((r) => r.item.status), SIGMA_STATUS_ORDER),
            products: countsOf(list.map((r) => r.item.logsource.product ?? '')),
            categories: countsOf(list.flatMap((r) => r.item.logsource.category ?? [])),
            services: countsOf(list.flatMap((r) => r.item.logsource.service ?? [])),
          },
        }
      : {}),
  };
}

// --- Atomic Red Team

export interface AtomicTestItem {
  guid: string;
  /** Position in the upstream file (Invoke-AtomicTest -TestNumbers). */
  number: number;
  anchor: string;
  name: string;
  platforms: string[];
  executorName: string;
  elevationRequired: boolean;
  /** Full mode only. */
  detail?: Omit<AtomicTest, 'guid' | 'number' | 'name' | 'platforms'>;
}

export interface AtomicTestsProps {
  techniqueId: string;
  /** The tests to render (all of them, or the first `limit`). */
  tests: AtomicTestItem[];
  total: number;
  /** The technique's hunting page (commands, arguments, dependencies), when this list is a summary. */
  fullListHref: string | null;
  /** The technique's YAML file on GitHub at the pinned commit. */
  sourceUrl: string | null;
  /** Sub-techniques of this technique that have their own tests (parent pages). */
  subtechniques: { id: string; href: string; name: string; count: number }[];
  release: Release | null;
  licence: Licence;
  /** Platform and executor choices with how many tests each has (the hunting page, when it lists ATOMIC_FILTER_MIN tests or more). */
  filters?: AtomicFilters;
}

export interface AtomicFilters {
  platforms: { value: string; count: number }[];
  executors: { value: string; count: number }[];
}

/** From how many tests a hunting page offers the Atomic filters (below that the list is read at a glance). */
export const ATOMIC_FILTER_MIN = 8;

export function atomicView(g: ContentGraph, techniqueId: string, size: ListSize = summary(TECHNIQUE_PAGE.atomic), subHref: (id: string) => string = techniqueHref): AtomicTestsProps {
  const file = g.atomicByTechnique.get(techniqueId);
  const all = file?.tests ?? [];
  const tests = all.slice(0, size.limit).map(
    (t): AtomicTestItem => ({
      guid: t.guid,
      number: t.number,
      anchor: anchorId('atomic', t.guid),
      name: t.name,
      platforms: t.platforms,
      executorName: t.executor.name,
      elevationRequired: t.executor.elevationRequired,
      ...(size.detailed
        ? {
            detail: {
              description: t.description,
              executor: t.executor,
              inputArguments: t.inputArguments,
              dependencies: t.dependencies,
              ...(t.dependencyExecutorName ? { dependencyExecutorName: t.dependencyExecutorName } : {}),
            },
          }
        : {}),
    }),
  );
  const subtechniques = techniqueId.includes('.')
    ? []
    : (g.subtechniques.get(techniqueId) ?? [])
        .filter((s) => s.status !== 'revoked' && g.atomicByTechnique.has(s.id))
        .map((s) => ({ id: s.id, href: subHref(s.id), name: s.name, count: g.atomicByTechnique.get(s.id)!.tests.length }));
  return {
    techniqueId,
    tests,
    total: all.length,
    fullListHref: size.detailed || !all.length ? null : `${huntingHref(techniqueId)}#atomic-tests`,
    sourceUrl: file?.url ?? null,
    subtechniques,
    release: releaseOf(g.meta.hunting?.atomic),
    licence: LICENCES.atomic,
    ...(size.detailed && all.length >= ATOMIC_FILTER_MIN
      ? { filters: { platforms: countsOf(all.flatMap((t) => t.platforms)), executors: countsOf(all.map((t) => t.executor.name)) } }
      : {}),
  };
}

// --- Threat Matrix for Kubernetes

export interface KubernetesEntryItem {
  id: string;
  href: string;
  anchor: string;
  name: string;
  tactics: { id: string; name: string; href: string }[];
  /** First paragraph of the description, as plain text. */
  summary: string;
  via: IdLink[];
  mitigations: { id: string; href: string; name: string }[];
}

export interface KubernetesEntriesProps {
  techniqueId: string;
  entries: KubernetesEntryItem[];
  release: Release | null;
  licence: Licence;
}

/** First paragraph as plain text, cut at a word boundary near `max` characters. */
export function summaryOf(md: string, max = 280): string {
  const text = markdownToPlainText(md.split(/\n\s*\n/)[0] ?? '');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).replace(/[\s,;:.]+$/, '')}…`;
}

export function kubernetesEntryOf(g: ContentGraph, k: KubernetesTechnique, via: string[] = []): KubernetesEntryItem {
  return {
    id: k.id,
    href: kubernetesHref(k.id),
    anchor: anchorId('kubernetes', k.id),
    name: k.name,
    tactics: k.tactics.map((t) => ({ id: t, name: g.kubernetesTactics.get(t)?.name ?? t, href: kubernetesTacticHref(t) })),
    summary: summaryOf(k.body),
    via: via.map(linkTo),
    mitigations: (g.kubernetesMitigationsByTechnique.get(k.id) ?? []).map(({ mitigation: m }) => ({ id: m.id, href: kubernetesHref(m.id), name: m.name })),
  };
}

export function kubernetesView(g: ContentGraph, techniqueId: string): KubernetesEntriesProps {
  return {
    techniqueId,
    entries: (g.kubernetesByTechnique.get(techniqueId) ?? []).map(({ item, via }) => kubernetesEntryOf(g, item, via)),
    release: releaseOf(g.meta.hunting?.kubernetes),
    licence: LICENCES.kubernetes,
  };
}

export interface KubernetesMitigationEntriesProps {
  mitigationId: string;
  entries: { id: string; href: string; anchor: string; name: string; summary: string; techniques: { id: string; href: string; name: string }[] }[];
  release: Release | null;
  licence: Licence;
}

/** For an ATT&CK mitigation page (/mitigations/M1032/): the Kubernetes mitigations that name it. */
export function kubernetesForMitigation(mitigationId: string, g: ContentGraph = getContent()): KubernetesMitigationEntriesProps {
  return {
    mitigationId,
    entries: (g.kubernetesByMitigation.get(mitigationId) ?? []).map((m) => ({
      id: m.id,
      href: kubernetesHref(m.id),
      anchor: anchorId('kubernetes', m.id),
      name: m.name,
      summary: summaryOf(m.body),
      techniques: m.techniques.map((t) => ({ id: t.id, href: kubernetesHref(t.id), name: g.kubernetesTechniques.get(t.id)?.name ?? t.id })),
    })),
    release: releaseOf(g.meta.hunting?.kubernetes),
    licence: LICENCES.kubernetes,
  };
}

// --- Cloud view

export interface CloudAnalyticItem {
  id: string;
  anchor: string;
  name: string;
  platforms: string[];
  strategy: { id: string; name: string; href: string };
  logSources: { dataComponent: { id: string; name: string; href: string }; name: string; channel?: string }[];
}

export interface CloudViewProps {
  techniqueId: string;
  /** The technique's cloud platforms, in CLOUD_PLATFORMS order. */
  platforms: string[];
  analytics: CloudAnalyticItem[];
  controls: { id: string; href: string; title: string | null; domain: string; domainName: string; rows: number }[];
  /** ATT&CK version the CCM mapping was made against. */
  mappingAttackVersion: string;
  /** Kubernetes threat-matrix techniques that map here (shown in their own section). */
  kubernetesCount: number;
}

export function cloudView(g: ContentGraph, techniqueId: string): CloudViewProps | null {
  const t = g.techniques.get(techniqueId);
  if (!t) return null;
  const cloud = CLOUD_PLATFORMS as readonly string[];
  const platforms = cloud.filter((p) => t.platforms.includes(p));
  if (!platforms.length) return null;
  const analytics: CloudAnalyticItem[] = [];
  for (const d of g.detectionsByTechnique.get(techniqueId) ?? []) {
    if (d.status === 'revoked') continue;
    for (const a of d.analytics) {
      const ap = a.platforms.filter((p) => cloud.includes(p));
      if (!ap.length) continue;
      analytics.push({
        id: a.id,
        anchor: anchorId('cloud', a.id),
        name: a.name,
        platforms: ap,
        strategy: { id: d.id, name: d.name, href: detectionStrategyHref(d.id) },
        logSources: a.logSources.map((l) => ({
          dataComponent: { id: l.dataComponent, name: g.dataComponents.get(l.dataComponent)?.name ?? l.dataComponent, href: dataComponentHref(l.dataComponent) },
          name: l.name,
          ...(l.channel ? { channel: l.channel } : {}),
        })),
      });
    }
  }
  analytics.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byControl = new Map<string, CloudViewProps['controls'][number]>();
  for (const { control: c } of g.ccmByTechnique.get(techniqueId) ?? []) {
    const seen = byControl.get(c.id);
    if (seen) seen.rows++;
    else byControl.set(c.id, { id: c.id, href: ccmControlHref(c.id), title: c.title, domain: c.domain, domainName: g.ccmDomains.get(c.domain)?.name ?? c.domain, rows: 1 });
  }
  const controls = [...byControl.values()].sort((a, b) => (g.ccmControls.get(a.id)?.order ?? 0) - (g.ccmControls.get(b.id)?.order ?? 0));
  return {
    techniqueId,
    platforms,
    analytics,
    controls,
    mappingAttackVersion: g.meta.mapping.attackVersion,
    kubernetesCount: g.kubernetesByTechnique.get(techniqueId)?.length ?? 0,
  };
}

// --- everything for one technique page

export interface HuntingView {
  sigma: SigmaRulesProps;
  atomic: AtomicTestsProps;
  kubernetes: KubernetesEntriesProps;
  /** null when the technique has no cloud platform. */
  cloud: CloudViewProps | null;
  /** The technique's hunting page, or null when it has nothing to hunt with. */
  huntingHref: string | null;
}

const hasHunting = (g: ContentGraph, id: string) => g.sigmaByTechnique.has(id) || g.atomicByTechnique.has(id) || g.kubernetesByTechnique.has(id);

/** Props for the four hunting/cloud sections of /techniques/<id>/ (summaries); undefined for unknown ids. */
export function huntingViewFor(techniqueId: string, g: ContentGraph = getContent()): HuntingView | undefined {
  // A snapshot imported without the hunting sources (issue 17) has no such sections; its banner says so.
  if (!g.techniques.has(techniqueId) || !g.meta.hunting) return undefined;
  return {
    sigma: sigmaView(g, techniqueId),
    atomic: atomicView(g, techniqueId),
    kubernetes: kubernetesView(g, techniqueId),
    cloud: cloudView(g, techniqueId),
    huntingHref: hasHunting(g, techniqueId) ? huntingHref(techniqueId) : null,
  };
}

export interface HuntingPageView extends Omit<HuntingView, 'huntingHref'> {
  id: string;
  name: string;
  status: 'live' | 'deprecated' | 'revoked';
  techniqueHref: string;
  parent: { id: string; name: string; href: string } | null;
}

/** Props for /hunting/<id>/: the same sections in full. */
export function huntingPageViewFor(techniqueId: string, g: ContentGraph = getContent()): HuntingPageView | undefined {
  const t = g.techniques.get(techniqueId);
  if (!t || t.status === 'revoked' || !hasHunting(g, techniqueId)) return undefined;
  const parent = t.isSubtechnique ? g.techniques.get(t.id.split('.')[0]!) : undefined;
  return {
    id: t.id,
    name: t.name,
    status: t.status,
    techniqueHref: techniqueHref(t.id),
    parent: parent ? { id: parent.id, name: parent.name, href: techniqueHref(parent.id) } : null,
    sigma: sigmaView(g, techniqueId, FULL, (sub, anchor) => (g.techniques.get(sub)?.status !== 'revoked' && hasHunting(g, sub) ? `${huntingHref(sub)}#${anchor}` : techniqueHref(sub))),
    atomic: atomicView(g, techniqueId, FULL, (id) => (hasHunting(g, id) ? huntingHref(id) : techniqueHref(id))),
    kubernetes: kubernetesView(g, techniqueId),
    cloud: cloudView(g, techniqueId),
  };
}

/** Technique ids that have a hunting page (not revoked; at least one rule, test or Kubernetes entry). */
export function huntingPageIds(g: ContentGraph = getContent()): string[] {
  return [...g.techniques.values()].filter((t) => t.status !== 'revoked' && hasHunting(g, t.id)).map((t) => t.id).sort();
}

export interface HuntingCounts {
  /** Sigma rules the technique page lists: tagged with it, or (on parents) with its sub-techniques. */
  sigma: number;
  /** Sigma rules tagged with exactly this id. */
  sigmaDirect: number;
  /** Atomic tests for exactly this id. */
  atomic: number;
  /** Kubernetes threat-matrix techniques mapped here (parents include sub-techniques'). */
  kubernetes: number;
}

const countsCache = new WeakMap<ContentGraph, Map<string, HuntingCounts>>();

/** Per technique id: how many Sigma rules / Atomic tests / Kubernetes entries it has (for matrix filters). */
export function huntingCounts(g: ContentGraph = getContent()): ReadonlyMap<string, HuntingCounts> {
  const cached = countsCache.get(g);
  if (cached) return cached;
  const out = new Map<string, HuntingCounts>();
  countsCache.set(g, out);
  for (const id of g.techniques.keys()) {
    const sigma = g.sigmaByTechnique.get(id) ?? [];
    const counts: HuntingCounts = {
      sigma: sigma.length,
      sigmaDirect: sigma.filter((s) => s.via.length === 0).length,
      atomic: g.atomicByTechnique.get(id)?.tests.length ?? 0,
      kubernetes: g.kubernetesByTechnique.get(id)?.length ?? 0,
    };
    if (counts.sigma || counts.atomic || counts.kubernetes) out.set(id, counts);
  }
  return out;
}
