/**
 * Tactic pages and the tactics index, in matrix order.
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, tacticHref, techniqueHref } from '../urls';
import { siteVersions } from './home';
import { huntingCounts } from './hunting';
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
  /** Sigma rules the technique page lists: tagged with it or with one of its sub-techniques. */
  sigma: number;
  /** Atomic Red Team tests for the technique and its live sub-techniques. */
  atomic: number;
}

export interface TacticHuntingTotals {
  /** Distinct Sigma rules tagged with a technique of the tactic or one of its sub-techniques. */
  sigmaRules: number;
  /** Atomic tests for the tactic's techniques and their sub-techniques (each test counted once). */
  atomicTests: number;
  /** Techniques (rows) with at least one Sigma rule / Atomic test, sub-techniques included. */
  withSigma: number;
  withAtomic: number;
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
  hunting: TacticHuntingTotals;
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
  const hc = huntingCounts(graph);
  return (graph.techniquesByTactic.get(tacticId) ?? []).map((t) => ({
    id: t.id,
    anchor: anchorId('technique', t.id),
    name: t.name,
    href: techniqueHref(t.id),
    subtechniques: liveSubtechniques(graph, t.id).length,
    ccm: graph.ccmByTechnique.get(t.id)?.length ?? 0,
    ccmWithSubs: ccmControlsWithSubs(graph, t.id).size,
    sigma: hc.get(t.id)?.sigma ?? 0,
    atomic: [t, ...liveSubtechniques(graph, t.id)].reduce((n, s) => n + (hc.get(s.id)?.atomic ?? 0), 0),
  }));
}

export function tacticHuntingTotals(graph: ContentGraph, rows: readonly TacticTechniqueRow[]): TacticHuntingTotals {
  const rules = new Set<string>();
  const tests = new Set<string>();
  for (const r of rows)
    for (const id of [r.id, ...liveSubtechniques(graph, r.id).map((s) => s.id)]) {
      for (const { item } of graph.sigmaByTechnique.get(id) ?? []) rules.add(item.id);
      for (const test of graph.atomicByTechnique.get(id)?.tests ?? []) tests.add(test.guid);
    }
  return { sigmaRules: rules.size, atomicTests: tests.size, withSigma: rows.filter((r) => r.sigma > 0).length, withAtomic: rows.filter((r) => r.atomic > 0).length };
}

export function buildTacticView(graph: ContentGraph, id: string): TacticView {
  const ta = graph.tactics.get(id);
  if (!ta || ta.status === 'revoked') throw new Error(`No tactic page for ${id}`);
  const order = liveTactics(graph);
  const i = order.findIndex((t) => t.id === id);
  const ref = (t: (typeof order)[number] | undefined) => t && { id: t.id, name: t.name, href: tacticHref(t.id) };
  const scope = new CitationScope();
  const rows = tacticTechniqueRows(graph, id);
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
    techniques: rows,
    hunting: tacticHuntingTotals(graph, rows),
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
