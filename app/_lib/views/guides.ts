/**
 * View models for the data components of authored pages (app/_lib/mdx/components.tsx): every
 * figure a guide shows comes from the content graph here, never from the page's text.
 */
import type { ContentGraph } from '../content/graph';
import { citationProps, formatCitation } from '../exports/citation';
import { ccmControlHref, hrefForId, mitigationHref, tacticHref, techniqueHref } from '../urls';
import { buildAbout } from './about';

export interface Linked {
  id: string;
  name: string;
  href: string;
}

export function countsView(g: ContentGraph) {
  return buildAbout(g).counts;
}

export function versionsView(g: ContentGraph) {
  const controls = [...g.ccmControls.values()];
  return {
    attack: g.meta.attack.version,
    ccm: g.meta.ccm.version,
    mappingAttack: g.meta.mapping.attackVersion,
    mappingUpdated: g.meta.mapping.updated,
    mappingRows: g.meta.mapping.rows,
    mitigatesRows: controls.reduce((n, c) => n + c.mappings.length, 0),
    controlsWithMitigates: controls.filter((c) => c.mappings.length > 0).length,
    controlsNonMappable: controls.filter((c) => c.nonMappable).length,
    controlsNotInMapping: controls.filter((c) => !c.inMapping).length,
    controls: controls.length,
  };
}

/** Name of any id for a link; CCM controls by their title (or id when the open data has none). */
export function refView(g: ContentGraph, id: string): Linked {
  const r = g.byId.get(id);
  if (!r) throw new Error(`refView: unknown id ${id}`);
  const name = 'name' in r && r.name ? r.name : 'title' in r && r.title ? r.title : id;
  const parent = r.kind === 'technique' && r.isSubtechnique ? g.techniques.get(id.split('.')[0]!) : undefined;
  return { id, name: parent ? `${parent.name}: ${name}` : name, href: hrefForId(id) ?? '/' };
}

export function techniqueSummaryView(g: ContentGraph, id: string) {
  const t = g.techniques.get(id);
  if (!t) throw new Error(`techniqueSummaryView: unknown technique ${id}`);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const controls = (g.ccmByTechnique.get(id) ?? []).map(({ control }) => ({ id: control.id, name: control.title ?? control.id, href: ccmControlHref(control.id) }));
  const unique = [...new Map(controls.map((c) => [c.id, c])).values()].sort(byId);
  return {
    ...refView(g, id),
    href: techniqueHref(id),
    tactics: t.tactics.map((ta) => ({ id: ta, name: g.tactics.get(ta)?.name ?? ta, href: tacticHref(ta) })),
    platforms: t.platforms,
    controls: unique,
    mitigations: (g.mitigationsByTechnique.get(id) ?? []).map(({ mitigation: m }) => ({ id: m.id, name: m.name, href: mitigationHref(m.id) })).sort(byId),
    mappingAttack: g.meta.mapping.attackVersion,
  };
}

export function controlTableView(g: ContentGraph, domain: string) {
  const d = g.ccmDomains.get(domain);
  if (!d) throw new Error(`controlTableView: unknown CCM domain ${domain}`);
  return {
    domain: { id: d.id, name: d.name },
    rows: (g.controlsByDomain.get(domain) ?? []).map((c) => ({
      id: c.id,
      name: c.title ?? 'Title not in the open data',
      href: ccmControlHref(c.id),
      techniques: new Set(c.mappings.map((m) => m.technique)).size,
      nonMappable: c.nonMappable,
      inMapping: c.inMapping,
    })),
  };
}

export function citationExampleView(g: ContentGraph, id: string) {
  const r = refView(g, id);
  // The title each page type gives its own "Cite this page" (app/**/page.tsx: pageActionProps).
  const kind = g.byId.get(id)?.kind;
  const title = kind === 'ccm-control' || kind === 'ccm-domain' ? `CCM ${r.id} ${r.name}` : `${r.id} ${r.name}`;
  return formatCitation(citationProps(g.meta, title, r.href));
}

export function mappingTypesView(g: ContentGraph) {
  const v = versionsView(g);
  const rows: Record<string, number> = { mitigates: v.mitigatesRows, non_mappable: v.controlsNonMappable };
  return Object.entries(g.meta.mapping.types).map(([key, t]) => ({ key, name: t.name, description: t.description, rows: rows[key] }));
}

export function mappingEraView(g: ContentGraph) {
  const a = buildAbout(g);
  return { ...a.era, mappingAttack: a.mapping.attackVersion, attack: a.attackVersion };
}
