/**
 * View models for detection strategies (/detection-strategies/DET0001/) and data components
 * (/data-components/DC0001/), and their indexes.
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import type { Reference, Status } from '../content/schema';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, dataComponentHref, detectionStrategyHref } from '../urls';
import { byId, techniqueRef, type TechniqueRef } from './ccm';
import { factsOf, hasPage, snippet, type ActorFacts } from './group';

export interface LogSourceRow {
  dataComponent: { id: string; name: string; href: string } | null;
  name: string;
  channel?: string;
}

export interface AnalyticView {
  id: string;
  anchor: string;
  name: string;
  platforms: string[];
  description: ReactNode;
  logSources: LogSourceRow[];
  mutableElements: { field: string; description: string }[];
}

export interface DetectionStrategyView {
  facts: ActorFacts;
  summary: string;
  description: ReactNode;
  techniques: TechniqueRef[];
  platforms: string[];
  analytics: AnalyticView[];
  references: readonly { n: number; reference: Reference }[];
  attackVersion: string;
}

const dcRef = (g: ContentGraph, id: string) => {
  const dc = g.dataComponents.get(id);
  return { id, name: dc?.name ?? id, href: dataComponentHref(id) };
};

export function detectionParams(g: ContentGraph): { id: string }[] {
  return [...g.detectionStrategies.values()].filter(hasPage).map((r) => ({ id: r.id }));
}

export function buildDetectionStrategy(g: ContentGraph, id: string): DetectionStrategyView {
  const d = g.detectionStrategies.get(id);
  if (!d || !hasPage(d)) throw new Error(`no page for detection strategy ${id}`);
  const scope = new CitationScope();
  const description = renderMarkdown(d.body, { references: d.references, citations: scope });
  const analytics = d.analytics.map((a) => ({
    id: a.id,
    anchor: anchorId('analytic', a.id),
    name: a.name,
    platforms: a.platforms,
    description: renderMarkdown(a.description, { references: a.references, citations: scope }),
    logSources: a.logSources.map((l) => ({
      dataComponent: dcRef(g, l.dataComponent),
      name: l.name,
      ...(l.channel ? { channel: l.channel } : {}),
    })),
    mutableElements: a.mutableElements,
  }));
  return {
    facts: factsOf(d),
    summary: snippet(markdownToPlainText(d.body || d.analytics[0]?.description || d.name)),
    description,
    techniques: [...new Set(d.techniques)].sort().map((t) => techniqueRef(g, t)),
    platforms: [...new Set(d.analytics.flatMap((a) => a.platforms))].sort(),
    analytics,
    references: scope.entries(),
    attackVersion: g.meta.attack.version,
  };
}

export interface DetectionIndexRow {
  id: string;
  name: string;
  href: string;
  techniques: TechniqueRef[];
  platforms: string[];
}

export function buildDetectionIndex(g: ContentGraph): DetectionIndexRow[] {
  return [...g.detectionStrategies.values()]
    .filter((d) => d.status === 'live')
    .sort(byId)
    .map((d) => ({
      id: d.id,
      name: d.name,
      href: detectionStrategyHref(d.id),
      techniques: [...new Set(d.techniques)].sort().map((t) => techniqueRef(g, t)),
      platforms: [...new Set(d.analytics.flatMap((a) => a.platforms))].sort(),
    }));
}

// ---------------------------------------------------------------------------------------------
// Data components

export interface DataComponentUse {
  technique: TechniqueRef;
  anchor: string;
  /** Detection strategies for the technique with an analytic reading this data component. */
  strategies: { id: string; name: string; href: string; analytics: { id: string; href: string; platforms: string[] }[] }[];
}

export interface DataComponentView {
  facts: ActorFacts;
  summary: string;
  description: ReactNode;
  logSources: { name: string; channel?: string }[];
  uses: DataComponentUse[];
  strategyCount: number;
  analyticCount: number;
  references: readonly { n: number; reference: Reference }[];
  attackVersion: string;
}

export function dataComponentParams(g: ContentGraph): { id: string }[] {
  return [...g.dataComponents.values()].filter(hasPage).map((r) => ({ id: r.id }));
}

export function buildDataComponent(g: ContentGraph, id: string): DataComponentView {
  const dc = g.dataComponents.get(id);
  if (!dc || !hasPage(dc)) throw new Error(`no page for data component ${id}`);
  const scope = new CitationScope();
  const description = renderMarkdown(dc.body, { references: dc.references, citations: scope });
  const pairs = g.analyticsByDataComponent.get(id) ?? [];
  // Technique → strategy → the analytics that read this data component.
  const byTechnique = new Map<string, DataComponentUse>();
  for (const { strategy, analytic } of pairs) {
    if (strategy.status === 'revoked') continue;
    for (const t of new Set(strategy.techniques)) {
      let use = byTechnique.get(t);
      if (!use) byTechnique.set(t, (use = { technique: techniqueRef(g, t), anchor: anchorId('technique', t), strategies: [] }));
      let s = use.strategies.find((x) => x.id === strategy.id);
      if (!s) use.strategies.push((s = { id: strategy.id, name: strategy.name, href: detectionStrategyHref(strategy.id), analytics: [] }));
      if (!s.analytics.some((a) => a.id === analytic.id)) {
        s.analytics.push({ id: analytic.id, href: `${detectionStrategyHref(strategy.id)}#${anchorId('analytic', analytic.id)}`, platforms: analytic.platforms });
      }
    }
  }
  const uses = [...byTechnique.values()].sort((a, b) => byId(a.technique, b.technique));
  for (const u of uses) {
    u.strategies.sort(byId);
    for (const s of u.strategies) s.analytics.sort(byId);
  }
  return {
    facts: factsOf(dc),
    summary: snippet(markdownToPlainText(dc.body || dc.name)),
    description,
    logSources: dc.logSources,
    uses,
    strategyCount: new Set(pairs.map((p) => p.strategy.id)).size,
    analyticCount: new Set(pairs.map((p) => p.analytic.id)).size,
    references: scope.entries(),
    attackVersion: g.meta.attack.version,
  };
}

export interface DataComponentIndexRow {
  id: string;
  name: string;
  href: string;
  logSources: number;
  analytics: number;
  techniques: number;
  status: Status;
}

export function buildDataComponentIndex(g: ContentGraph): DataComponentIndexRow[] {
  return [...g.dataComponents.values()]
    .filter((d) => d.status === 'live')
    .sort((a, b) => a.name.localeCompare(b.name) || byId(a, b))
    .map((d) => {
      const pairs = g.analyticsByDataComponent.get(d.id) ?? [];
      return {
        id: d.id,
        name: d.name,
        href: dataComponentHref(d.id),
        logSources: d.logSources.length,
        analytics: new Set(pairs.map((p) => p.analytic.id)).size,
        techniques: new Set(pairs.flatMap((p) => p.strategy.techniques)).size,
        status: d.status,
      };
    });
}
