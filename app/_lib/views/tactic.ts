/**
 * Tactic pages and the tactics index, in matrix order.
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, tacticHref, techniqueHref } from '../urls';
import { siteVersions } from './home';
import { liveSubtechniques } from './matrix';
import { truncate } from './technique';
import type { PrintVersions } from '@/components/ui/PrintInfo';

export interface TacticTechniqueRow {
  id: string;
  anchor: string;
  name: string;
  href: string;
  subtechniques: number;
  /** CCM controls mapped to the technique itself. */
  ccm: number;
  /** Distinct CCM controls mapped to the technique or any of its live sub-techniques. */
  ccmWithSubs: number;
}

export interface TacticView {
  id: string;
  name: string;
  shortname: string;
  href: string;
  attackUrl?: string;
  version?: string;
  created: string;
  modified: string;
  description: ReactNode;
  summary: string;
  techniques: TacticTechniqueRow[];
  /** Neighbours in matrix order. */
  previous?: { id: string; name: string; href: string };
  next?: { id: string; name: string; href: string };
  references: ReturnType<CitationScope['entries']>;
  versions: PrintVersions;
}

/** Distinct controls mapped to a technique and to its live sub-techniques. */
export function ccmControlsWithSubs(graph: ContentGraph, id: string): Set<string> {
  const ids = new Set((graph.ccmByTechnique.get(id) ?? []).map((m) => m.control.id));
  for (const s of liveSubtechniques(graph, id)) for (const m of graph.ccmByTechnique.get(s.id) ?? []) ids.add(m.control.id);
  return ids;
}

export const liveTactics = (graph: ContentGraph) => graph.tacticOrder.filter((t) => t.status === 'live');

export function tacticTechniqueRows(graph: ContentGraph, tacticId: string): TacticTechniqueRow[] {
  return (graph.techniquesByTactic.get(tacticId) ?? []).map((t) => ({
    id: t.id,
    anchor: anchorId('technique', t.id),
    name: t.name,
    href: techniqueHref(t.id),
    subtechniques: liveSubtechniques(graph, t.id).length,
    ccm: graph.ccmByTechnique.get(t.id)?.length ?? 0,
    ccmWithSubs: ccmControlsWithSubs(graph, t.id).size,
  }));
}

export function buildTacticView(graph: ContentGraph, id: string): TacticView {
  const ta = graph.tactics.get(id);
  if (!ta || ta.status === 'revoked') throw new Error(`No tactic page for ${id}`);
  const order = liveTactics(graph);
  const i = order.findIndex((t) => t.id === id);
  const ref = (t: (typeof order)[number] | undefined) => t && { id: t.id, name: t.name, href: tacticHref(t.id) };
  const scope = new CitationScope();
  return {
    id,
    name: ta.name,
    shortname: ta.shortname,
    href: tacticHref(id),
    attackUrl: ta.attackUrl,
    version: ta.version,
    created: ta.created,
    modified: ta.modified,
    description: renderMarkdown(ta.body, { references: ta.references, citations: scope }),
    summary: truncate(markdownToPlainText(ta.body)),
    techniques: tacticTechniqueRows(graph, id),
    previous: ref(order[i - 1]),
    next: ref(order[i + 1]),
    references: scope.entries(),
    versions: siteVersions(graph),
  };
}

export interface TacticIndexRow {
  id: string;
  name: string;
  href: string;
  /** The one-line goal ATT&CK opens each tactic with ("The adversary is trying to …"). */
  goal: string;
  techniques: number;
  subtechniques: number;
  /** Techniques in the tactic with at least one CCM control (on itself or a sub-technique). */
  covered: number;
}

export function buildTacticIndex(graph: ContentGraph): TacticIndexRow[] {
  return liveTactics(graph).map((ta) => {
    const rows = tacticTechniqueRows(graph, ta.id);
    return {
      id: ta.id,
      name: ta.name,
      href: tacticHref(ta.id),
      goal: markdownToPlainText(ta.body.split(/\n\s*\n/)[0] ?? ''),
      techniques: rows.length,
      subtechniques: rows.reduce((n, r) => n + r.subtechniques, 0),
      covered: rows.filter((r) => r.ccmWithSubs > 0).length,
    };
  });
}
