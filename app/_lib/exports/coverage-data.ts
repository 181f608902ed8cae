/**
 * The coverage analyzer's data file (/downloads/coverage-data.json), built from the content
 * graph. Compact by design (tuples, indexes instead of repeated ids): the page fetches it at
 * run time, it is never inlined into a JS bundle. Only live ATT&CK objects are included.
 * Shape and meaning: see CoverageData in coverage.ts (the client reads it there).
 */
import type { ContentGraph } from '../content/graph';
import type { Campaign, Group, Software, Technique } from '../content/schema';
import type { CoverageData, CoverageSoftwareData } from './coverage';
import { exportVersions } from './mapping';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function coverageData(g: ContentGraph): CoverageData {
  const tactics = g.tacticOrder.filter((t) => t.status === 'live');
  const tacticIndex = new Map(tactics.map((t, i) => [t.id, i]));
  const techniques = [...g.techniques.values()].filter((t) => t.status === 'live').sort(byId);
  const techIndex = new Map(techniques.map((t, i) => [t.id, i]));
  const domains = [...g.ccmDomains.values()].sort((a, b) => a.order - b.order);
  const domainIndex = new Map(domains.map((d, i) => [d.id, i]));
  const controls = [...g.ccmControls.values()].sort((a, b) => a.order - b.order);

  const indexes = (ids: Iterable<string>) =>
    [...new Set([...ids].map((id) => techIndex.get(id)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
  const tacticsOf = (t: Technique) => t.tactics.map((id) => tacticIndex.get(id)).filter((i): i is number => i !== undefined);
  const source = (s: Group | Campaign): CoverageData['groups'][number] => [s.id, s.name, aliasesOf(s), indexes(s.techniques.map((r) => r.id))];
  const live = <T extends { status: string }>(list: Iterable<T>) => [...list].filter((x) => x.status === 'live');

  return {
    format: 1,
    versions: exportVersions(g),
    tactics: tactics.map((t) => [t.id, t.shortname, t.name]),
    techniques: techniques.map((t) => [t.id, t.name, tacticsOf(t)]),
    domains: domains.map((d) => [d.id, d.name]),
    controls: controls.map((c) => [c.id, c.title, domainIndex.get(c.domain) ?? -1, indexes(c.mappings.map((m) => m.technique)), c.nonMappable ? 1 : 0]),
    groups: live(g.groups.values()).sort(byId).map(source),
    campaigns: live(g.campaigns.values()).sort(byId).map(source),
    // Names only: their techniques are the second file, fetched once a software is chosen.
    software: live(g.software.values()).sort(byId).map((s) => [s.id, s.name, aliasesOf(s)]),
  };
}

const aliasesOf = (s: Group | Campaign | Software) => s.aliases.filter((a) => a !== s.name).join(', ');

/**
 * /downloads/coverage-software.json: the techniques of every live software, by id, as indexes
 * into coverage-data.json's `techniques` (both files are built from the same graph, in the same
 * order; `techniqueCount` lets the client check that).
 */
export function coverageSoftwareData(g: ContentGraph): CoverageSoftwareData {
  const techniques = [...g.techniques.values()].filter((t) => t.status === 'live').sort(byId);
  const techIndex = new Map(techniques.map((t, i) => [t.id, i]));
  const indexes = (ids: Iterable<string>) =>
    [...new Set([...ids].map((id) => techIndex.get(id)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
  return {
    format: 1,
    techniqueCount: techniques.length,
    software: [...g.software.values()].filter((s) => s.status === 'live').sort(byId).map((s) => [s.id, indexes(s.techniques.map((r) => r.id))]),
  };
}

export const serializeCoverageData = (data: CoverageData | CoverageSoftwareData) => JSON.stringify(data);
