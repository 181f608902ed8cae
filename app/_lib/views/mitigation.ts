/**
 * Mitigation pages: the techniques a mitigation addresses (with ATT&CK's use text) and the CCM
 * controls mapped to those techniques, ranked by how many of them each control covers.
 */
import type { ReactNode } from 'react';
import type { ContentGraph } from '../content/graph';
import type { CcmControl, Technique } from '../content/schema';
import { CitationScope, markdownToPlainText, renderMarkdown } from '../markdown/render';
import { anchorId, ccmControlHref, ccmDomainHref, mitigationHref, techniqueHref } from '../urls';
import { siteVersions } from './home';
import { techniqueTitle, truncate, type LinkRef } from './technique';
import type { PrintVersions } from '@/components/ui/PrintInfo';

export interface MitigationTechniqueRow {
  anchor: string;
  technique: LinkRef;
  status: Technique['status'];
  use: ReactNode;
  ccm: number;
}

export interface RankedControl {
  control: LinkRef;
  title: string | null;
  domain: LinkRef;
  /** This mitigation's techniques the control is mapped to, by id. */
  techniques: LinkRef[];
}

export interface MitigationView {
  id: string;
  name: string;
  href: string;
  attackUrl?: string;
  version?: string;
  created: string;
  modified: string;
  status: string;
  description: ReactNode;
  summary: string;
  techniques: MitigationTechniqueRow[];
  controls: RankedControl[];
  /** Techniques addressed that have no CCM control mapped. */
  unmapped: number;
  references: ReturnType<CitationScope['entries']>;
  versions: PrintVersions;
}

const fullName = (graph: ContentGraph, t: Technique) => {
  const parent = t.isSubtechnique ? graph.techniques.get(t.id.split('.')[0]!) : undefined;
  return techniqueTitle(t, parent).slice(t.id.length + 1);
};

/**
 * CCM controls mapped to any of `techniqueIds`, most techniques first, then in CCM order.
 * Each lists which of the techniques it is mapped to.
 */
export function rankControls(graph: ContentGraph, techniqueIds: readonly string[]): { control: CcmControl; techniques: string[] }[] {
  const found = new Map<string, { control: CcmControl; techniques: string[] }>();
  for (const id of [...new Set(techniqueIds)].sort()) {
    for (const { control } of graph.ccmByTechnique.get(id) ?? []) {
      const entry = found.get(control.id) ?? { control, techniques: [] };
      if (!entry.techniques.includes(id)) entry.techniques.push(id);
      found.set(control.id, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.techniques.length - a.techniques.length || a.control.order - b.control.order);
}

const liveMitigationTechniques = (graph: ContentGraph, m: { techniques: { id: string }[] }) =>
  m.techniques.filter((r) => graph.techniques.get(r.id)?.status === 'live').map((r) => r.id);

export function buildMitigationView(graph: ContentGraph, id: string): MitigationView {
  const m = graph.mitigations.get(id);
  if (!m || m.status === 'revoked') throw new Error(`No mitigation page for ${id}`);
  const scope = new CitationScope();
  const description = renderMarkdown(m.body, { references: m.references, citations: scope });
  const techniques = m.techniques
    .map((rel) => ({ rel, t: graph.techniques.get(rel.id)! }))
    .filter(({ t }) => t && t.status !== 'revoked')
    .sort((a, b) => (a.t.id < b.t.id ? -1 : 1))
    .map(({ rel, t }) => ({
      anchor: anchorId('technique', t.id),
      technique: { id: t.id, name: fullName(graph, t), href: techniqueHref(t.id) },
      status: t.status,
      use: renderMarkdown(rel.description, { references: rel.references, citations: scope, inline: true }),
      ccm: graph.ccmByTechnique.get(t.id)?.length ?? 0,
    }));
  const controls = rankControls(graph, liveMitigationTechniques(graph, m)).map(({ control, techniques: ids }) => ({
    control: { id: control.id, name: control.title ?? control.id, href: ccmControlHref(control.id) },
    title: control.title,
    domain: { id: control.domain, name: graph.ccmDomains.get(control.domain)?.name ?? control.domain, href: ccmDomainHref(control.domain) },
    techniques: ids.map((tid) => {
      const t = graph.techniques.get(tid)!;
      return { id: tid, name: fullName(graph, t), href: techniqueHref(tid) };
    }),
  }));
  return {
    id,
    name: m.name,
    href: mitigationHref(id),
    attackUrl: m.attackUrl,
    version: m.version,
    created: m.created,
    modified: m.modified,
    status: m.status,
    description,
    summary: truncate(markdownToPlainText(m.body)),
    techniques,
    controls,
    unmapped: techniques.filter((t) => t.status === 'live' && t.ccm === 0).length,
    references: scope.entries(),
    versions: siteVersions(graph),
  };
}

export interface MitigationIndexRow {
  id: string;
  name: string;
  href: string;
  summary: string;
  techniques: number;
  controls: number;
}

export function buildMitigationIndex(graph: ContentGraph): MitigationIndexRow[] {
  return [...graph.mitigations.values()]
    .filter((m) => m.status === 'live')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const ids = liveMitigationTechniques(graph, m);
      return {
        id: m.id,
        name: m.name,
        href: mitigationHref(m.id),
        summary: truncate(markdownToPlainText(m.body), 200),
        techniques: ids.length,
        controls: rankControls(graph, ids).length,
      };
    });
}
