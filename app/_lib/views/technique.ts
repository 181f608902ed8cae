/**
 * View model of a technique or sub-technique page. All upstream prose is rendered here, in the
 * order the page shows it, through one CitationScope, so citation numbers run [1], [2], … down
 * the page and the reference list at the end matches them.
 *
 * Procedure examples are the exception: their text is shown without citation marks, and each row
 * links to the same example on its group's, campaign's or software's page, where its sources are
 * numbered and listed. Their sources were two thirds of a busy page's references (T1133: 61
 * references, 21.7 KB of HTML gzip with them against the 15 KB budget).
 */
import type { ReactNode } from 'react';
import type { ContentGraph, ProcedureSource } from '../content/graph';
import type { CcmControl, Reference, Technique } from '../content/schema';
import { sourceDetectionsFor, type SourceDetectionView } from './datasource';
import { CitationScope, citedSources, markdownToPlainText, renderMarkdown } from '../markdown/render';
import {
  anchorId,
  ccmControlHref,
  ccmDomainHref,
  dataComponentHref,
  detectionStrategyHref,
  hrefForId,
  mitigationHref,
  procedureSourceHref,
  tacticHref,
  techniqueHref,
} from '../urls';
import { mappingScope, siteVersions, type MappingScope } from './home';
import { huntingCounts } from './hunting';
import { huntingTokens, platformSlug, sortPlatforms } from './matrix';
import type { PrintVersions } from '@/components/ui/PrintInfo';

export interface LinkRef {
  id: string;
  name: string;
  href: string;
}

export interface SubtechniqueRef extends LinkRef {
  status: Technique['status'];
  ccmCount: number;
}

export interface CcmRow {
  anchor: string;
  control: LinkRef;
  /** null where the open CCM data has no title for the control. */
  title: string | null;
  domain: LinkRef;
  rationale: string;
  /** The mapping's ATT&CK version for this row. */
  attackVersion: string;
  /** The technique's name in the mapping, when it differs from today's. */
  mappedName?: string;
}

/** What changed for this technique between the mapping's ATT&CK release and the site's. */
export interface MappingEraView {
  attackThen: string;
  attackNow: string;
  found: boolean;
  versionThen?: string;
  versionNow?: string;
  nameThen?: string;
  platformsAdded: string[];
  platformsRemoved: string[];
  tacticsAdded: LinkRef[];
  tacticsRemoved: LinkRef[];
  statusNow: Technique['status'];
  /** Any change to name, platforms, tactics or status: what a mapping depends on. */
  affectsMapping: boolean;
}

/** Controls mapped to the parent (on a sub-technique page) or to sub-techniques (on a parent). */
export interface RelatedControls {
  relation: 'parent' | 'subtechniques';
  rows: { control: LinkRef; title: string | null; via: LinkRef[] }[];
}

export interface MitigationRow {
  anchor: string;
  mitigation: LinkRef;
  use: ReactNode;
}

export type ProcedureKind = 'group' | 'campaign' | 'software';

export interface ProcedureRow {
  anchor: string;
  source: LinkRef;
  kind: ProcedureKind;
  /** malware or tool, for software. */
  softwareType?: string;
  /** The procedure text without its citation marks. */
  text: ReactNode;
  /** How many distinct sources the text cites, and where they are listed (the source's page). */
  sources: { count: number; href: string } | undefined;
}

export interface ProcedureGroup {
  kind: ProcedureKind;
  rows: ProcedureRow[];
}

export interface AnalyticView {
  id: string;
  anchor: string;
  name: string;
  platforms: string[];
  description: ReactNode;
  logSources: { dataComponent: LinkRef; name: string; channel?: string }[];
  mutableElements: { field: string; description: string }[];
}

export interface DetectionView {
  strategy: LinkRef;
  anchor: string;
  analytics: AnalyticView[];
}

export interface TechniqueView {
  id: string;
  name: string;
  /** "T1133 External Remote Services" / "T1078.004 Valid Accounts: Cloud Accounts". */
  title: string;
  href: string;
  status: Technique['status'];
  isSubtechnique: boolean;
  attackUrl?: string;
  parent?: LinkRef;
  subtechniques: SubtechniqueRef[];
  tactics: LinkRef[];
  platforms: string[];
  version?: string;
  created: string;
  modified: string;
  contributors: string[];
  remoteSupport?: boolean;
  impactType?: string[];
  description: ReactNode;
  /** ≤ 160 characters of plain text for `<meta name="description">`. */
  summary: string;
  detectionText: ReactNode;
  ccm: {
    rows: CcmRow[];
    era?: MappingEraView;
    scope: MappingScope;
    related?: RelatedControls;
  };
  mitigations: MitigationRow[];
  procedures: { total: number; groups: ProcedureGroup[] };
  detections: DetectionView[];
  /** Before v18.0 (a snapshot): the data components of data sources that detect it. */
  sourceDetections: SourceDetectionView[];
  /** Whether the release detects with data sources (before v18.0) rather than detection strategies. */
  dataSourceModel: boolean;
  references: ReturnType<CitationScope['entries']>;
  versions: PrintVersions;
}

/** Techniques that get a page: live and deprecated ones (revoked ones redirect). */
export function publishedTechniques(graph: ContentGraph): Technique[] {
  return [...graph.techniques.values()].filter((t) => t.status !== 'revoked');
}

/** Route params: `{ id }` for techniques, `{ id, sub }` for sub-techniques. */
export function techniqueParams(graph: ContentGraph) {
  const published = publishedTechniques(graph);
  return {
    techniques: published.filter((t) => !t.isSubtechnique).map((t) => ({ id: t.id })),
    subtechniques: published.filter((t) => t.isSubtechnique).map((t) => ({ id: t.id.split('.')[0]!, sub: t.id.split('.')[1]! })),
  };
}

/** Cuts plain text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export const techniqueTitle = (t: Technique, parent?: Technique) => `${t.id} ${parent ? `${parent.name}: ${t.name}` : t.name}`;

const link = (id: string, name: string, href: string): LinkRef => ({ id, name, href });
const byTacticOrder = (graph: ContentGraph) => (a: string, b: string) => (graph.tactics.get(a)?.order ?? 99) - (graph.tactics.get(b)?.order ?? 99);
const tacticLink = (graph: ContentGraph, id: string): LinkRef => link(id, graph.tactics.get(id)?.name ?? id, tacticHref(id));
const controlLink = (c: CcmControl): LinkRef => link(c.id, c.title ?? c.id, ccmControlHref(c.id));

const PROCEDURE_ORDER: ProcedureKind[] = ['group', 'campaign', 'software'];

/** Procedure examples grouped by kind (groups, campaigns, software), live sources only. */
export function groupProcedures<T extends { source: ProcedureSource }>(list: readonly T[]): { kind: ProcedureKind; items: T[] }[] {
  return PROCEDURE_ORDER.map((kind) => ({ kind, items: list.filter((p) => p.source.kind === kind && p.source.status === 'live') })).filter(
    (g) => g.items.length > 0,
  );
}

export function buildMappingEra(graph: ContentGraph, t: Technique): MappingEraView | undefined {
  const era = t.mappingEra;
  if (!era) return undefined;
  const affectsMapping =
    !era.found ||
    Boolean(era.nameThen && era.nameThen !== t.name) ||
    era.platformsAdded.length > 0 ||
    era.platformsRemoved.length > 0 ||
    era.tacticsAdded.length > 0 ||
    era.tacticsRemoved.length > 0 ||
    era.statusNow !== 'live';
  return {
    attackThen: era.attackVersion,
    attackNow: graph.meta.attack.version,
    found: era.found,
    versionThen: era.versionThen,
    versionNow: era.versionNow,
    nameThen: era.nameThen && era.nameThen !== t.name ? era.nameThen : undefined,
    platformsAdded: era.platformsAdded,
    platformsRemoved: era.platformsRemoved,
    tacticsAdded: era.tacticsAdded.map((id) => tacticLink(graph, id)),
    tacticsRemoved: era.tacticsRemoved.map((id) => tacticLink(graph, id)),
    statusNow: era.statusNow,
    affectsMapping,
  };
}

/**
 * Controls mapped to the other end of the parent/sub-technique relation, minus those already
 * mapped to this technique, in CCM order, each naming the technique(s) it is mapped to.
 */
export function relatedControls(graph: ContentGraph, t: Technique): RelatedControls | undefined {
  const own = new Set((graph.ccmByTechnique.get(t.id) ?? []).map((m) => m.control.id));
  const others = t.isSubtechnique
    ? [graph.techniques.get(t.id.split('.')[0]!)].filter((p): p is Technique => Boolean(p))
    : (graph.subtechniques.get(t.id) ?? []).filter((s) => s.status !== 'revoked');
  const rows = new Map<string, { control: CcmControl; via: LinkRef[] }>();
  for (const other of others) {
    for (const { control } of graph.ccmByTechnique.get(other.id) ?? []) {
      if (own.has(control.id)) continue;
      const row = rows.get(control.id) ?? { control, via: [] };
      row.via.push(link(other.id, other.name, techniqueHref(other.id)));
      rows.set(control.id, row);
    }
  }
  if (!rows.size) return undefined;
  return {
    relation: t.isSubtechnique ? 'parent' : 'subtechniques',
    rows: [...rows.values()]
      .sort((a, b) => a.control.order - b.control.order)
      .map(({ control, via }) => ({ control: controlLink(control), title: control.title, via })),
  };
}

/** What `<head>` needs, without rendering the page's prose. */
export function techniqueMeta(graph: ContentGraph, id: string): { title: string; summary: string } {
  const t = graph.techniques.get(id);
  if (!t || t.status === 'revoked') throw new Error(`No technique page for ${id}`);
  const parent = t.isSubtechnique ? graph.techniques.get(id.split('.')[0]!) : undefined;
  return { title: techniqueTitle(t, parent), summary: truncate(markdownToPlainText(t.body)) };
}

/** Distinct references a text cites (the content layer has already refused unresolved ones). */
function sourcesOf(text: string | undefined, references: readonly Reference[], href: string): ProcedureRow['sources'] {
  const known = new Set(references.map((r) => r.name));
  const count = new Set(citedSources(text).filter((name) => known.has(name))).size;
  return count ? { count, href } : undefined;
}

export function buildTechniqueView(graph: ContentGraph, id: string): TechniqueView {
  const t = graph.techniques.get(id);
  if (!t || t.status === 'revoked') throw new Error(`No technique page for ${id}`);
  const parent = t.isSubtechnique ? graph.techniques.get(id.split('.')[0]!) : undefined;
  const scope = new CitationScope();
  const md = (text: string | undefined, references: readonly Reference[], inline = false) => renderMarkdown(text, { references, citations: scope, inline });

  // Display order: description, legacy detection text, CCM, mitigations, procedures, detection.
  const description = md(t.body, t.references);
  const detectionText = md(t.detectionText, t.references);

  const ccmRows: CcmRow[] = (graph.ccmByTechnique.get(id) ?? []).map(({ control, row }) => {
    const domain = graph.ccmDomains.get(control.domain);
    return {
      anchor: anchorId('ccm', control.id),
      control: controlLink(control),
      title: control.title,
      domain: link(control.domain, domain?.name ?? control.domain, ccmDomainHref(control.domain)),
      rationale: row.rationale,
      attackVersion: row.attackVersion,
      mappedName: row.techniqueName !== t.name ? row.techniqueName : undefined,
    };
  });

  const mitigations: MitigationRow[] = (graph.mitigationsByTechnique.get(id) ?? [])
    .filter(({ mitigation }) => mitigation.status !== 'revoked')
    .sort((a, b) => (a.mitigation.id < b.mitigation.id ? -1 : 1))
    .map(({ mitigation, relation }) => ({
      anchor: anchorId('mitigation', mitigation.id),
      mitigation: link(mitigation.id, mitigation.name, mitigationHref(mitigation.id)),
      use: md(relation.description, relation.references, true),
    }));

  const procedureGroups: ProcedureGroup[] = groupProcedures(graph.proceduresByTechnique.get(id) ?? []).map(({ kind, items }) => ({
    kind,
    rows: items.map(({ source, relation }) => ({
      anchor: anchorId('procedure', source.id),
      source: link(source.id, source.name, hrefForId(source.id)!),
      kind,
      softwareType: source.kind === 'software' ? source.softwareType : undefined,
      text: renderMarkdown(relation.description, { references: relation.references, inline: true, omitCitations: true }),
      sources: sourcesOf(relation.description, relation.references, procedureSourceHref(source.id, id)),
    })),
  }));

  const detections: DetectionView[] = (graph.detectionsByTechnique.get(id) ?? [])
    .filter((d) => d.status !== 'revoked')
    .map((d) => ({
      strategy: link(d.id, d.name, detectionStrategyHref(d.id)),
      anchor: anchorId('detection', d.id),
      analytics: d.analytics.map((a) => ({
        id: a.id,
        anchor: anchorId('analytic', a.id),
        name: a.name,
        platforms: a.platforms,
        description: md(a.description, a.references),
        logSources: a.logSources.map((l) => ({
          dataComponent: link(l.dataComponent, graph.dataComponents.get(l.dataComponent)?.name ?? l.dataComponent, dataComponentHref(l.dataComponent)),
          name: l.name,
          channel: l.channel,
        })),
        mutableElements: a.mutableElements,
      })),
    }));

  const subtechniques: SubtechniqueRef[] = t.isSubtechnique
    ? []
    : (graph.subtechniques.get(id) ?? []).map((s) => ({
        ...link(s.id, s.name, techniqueHref(s.id)),
        status: s.status,
        ccmCount: graph.ccmByTechnique.get(s.id)?.length ?? 0,
      }));

  return {
    id,
    name: t.name,
    title: techniqueTitle(t, parent),
    href: techniqueHref(id),
    status: t.status,
    isSubtechnique: t.isSubtechnique,
    attackUrl: t.attackUrl,
    parent: parent ? link(parent.id, parent.name, techniqueHref(parent.id)) : undefined,
    subtechniques,
    tactics: [...t.tactics].sort(byTacticOrder(graph)).map((ta) => tacticLink(graph, ta)),
    platforms: t.platforms,
    version: t.version,
    created: t.created,
    modified: t.modified,
    contributors: t.contributors,
    remoteSupport: t.remoteSupport,
    impactType: t.impactType,
    description,
    summary: truncate(markdownToPlainText(t.body)),
    detectionText,
    ccm: { rows: ccmRows, era: buildMappingEra(graph, t), scope: mappingScope(graph), related: relatedControls(graph, t) },
    mitigations,
    procedures: { total: procedureGroups.reduce((n, g) => n + g.rows.length, 0), groups: procedureGroups },
    detections,
    sourceDetections: sourceDetectionsFor(graph, id, scope),
    dataSourceModel: graph.dataSources.size > 0,
    references: scope.entries(),
    versions: siteVersions(graph),
  };
}

export interface TechniqueIndexRow {
  id: string;
  anchor: string;
  name: string;
  href: string;
  tactics: string[];
  platforms: string[];
  /** CCM controls mapped to this (sub-)technique itself. */
  ccm: number;
  subtechniques: TechniqueIndexRow[];
  /** For the index filters (components/attack/TechniqueFilter): tactic ids, platform slugs, hunting tokens ("s", "a"). */
  filter: { tactics: string[]; platforms: string[]; hunting: string };
}

/** The choices the index filters offer: tactics in matrix order, platforms cloud first. */
export interface TechniqueIndexFilters {
  tactics: { id: string; name: string }[];
  platforms: { label: string; slug: string }[];
  /** Whether this release has Sigma rules / Atomic tests to filter by (a frozen snapshot may have neither). */
  sigma: boolean;
  atomic: boolean;
}

const cmpId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Live techniques by id, each with its live sub-techniques nested; deprecated ones apart. */
export function buildTechniqueIndex(graph: ContentGraph): { live: TechniqueIndexRow[]; deprecated: TechniqueIndexRow[]; subtechniqueCount: number; filters: TechniqueIndexFilters } {
  const hunting = huntingCounts(graph);
  const row = (t: Technique, subs: TechniqueIndexRow[] = []): TechniqueIndexRow => ({
    filter: { tactics: t.tactics, platforms: t.platforms.map(platformSlug), hunting: huntingTokens(hunting.get(t.id)) },
    id: t.id,
    anchor: anchorId('technique', t.id),
    name: t.name,
    href: techniqueHref(t.id),
    tactics: [...t.tactics].sort(byTacticOrder(graph)).map((ta) => graph.tactics.get(ta)?.name ?? ta),
    platforms: t.platforms,
    ccm: graph.ccmByTechnique.get(t.id)?.length ?? 0,
    subtechniques: subs,
  });
  const all = [...graph.techniques.values()];
  const live = all
    .filter((t) => t.status === 'live' && !t.isSubtechnique)
    .sort(cmpId)
    .map((t) => row(t, (graph.subtechniques.get(t.id) ?? []).filter((s) => s.status === 'live').sort(cmpId).map((s) => row(s))));
  const deprecated = all.filter((t) => t.status === 'deprecated').sort(cmpId).map((t) => row(t));
  const platforms = sortPlatforms(new Set(all.filter((t) => t.status === 'live').flatMap((t) => t.platforms)));
  return {
    live,
    deprecated,
    subtechniqueCount: live.reduce((n, t) => n + t.subtechniques.length, 0),
    filters: {
      tactics: graph.tacticOrder.filter((ta) => ta.status === 'live').map((ta) => ({ id: ta.id, name: ta.name })),
      platforms: platforms.map((label) => ({ label, slug: platformSlug(label) })),
      sigma: graph.sigmaRules.size > 0,
      atomic: graph.atomicByTechnique.size > 0,
    },
  };
}
