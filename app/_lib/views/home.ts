/**
 * Site-wide facts: release versions, the mapping's scope, and the counts the home page shows.
 * Other views import `siteVersions` and `mappingScope` from here so every page states them alike.
 */
import type { ContentGraph } from '../content/graph';
import { isoDate } from '../dates';
import type { PrintVersions } from '@/components/ui/PrintInfo';
import { HREFS } from '../urls';

export function siteVersions(graph: ContentGraph): PrintVersions {
  const { meta } = graph;
  return { attack: meta.attack.version, ccm: meta.ccm.version, mappingAttack: meta.mapping.attackVersion, mappingUpdated: isoDate(meta.mapping.updated) };
}

export interface MappingScope {
  /** e.g. "csa_ccm" as the mapping names it. */
  framework: string;
  frameworkVersion: string;
  attackVersion: string;
  siteAttackVersion: string;
  /** ISO dates. */
  created: string;
  updated: string;
  /** Distinct technique ↔ control pairs ("mitigates" rows). */
  techniqueRows: number;
  /** Controls the mapping marks `non_mappable`. */
  nonMappableControls: number;
  /** Every row of the mapping file, including `non_mappable` ones. */
  totalRows: number;
}

export function mappingScope(graph: ContentGraph): MappingScope {
  const { mapping, attack } = graph.meta;
  let techniqueRows = 0;
  for (const c of graph.ccmControls.values()) techniqueRows += c.mappings.length;
  return {
    framework: mapping.framework,
    frameworkVersion: mapping.frameworkVersion,
    attackVersion: mapping.attackVersion,
    siteAttackVersion: attack.version,
    created: isoDate(mapping.created),
    updated: isoDate(mapping.updated),
    techniqueRows,
    nonMappableControls: [...graph.ccmControls.values()].filter((c) => c.nonMappable).length,
    totalRows: mapping.rows,
  };
}

export interface HomeCount {
  label: string;
  value: number;
  href?: string;
  note?: string;
}

export interface HomeView {
  versions: PrintVersions;
  scope: MappingScope;
  attackCounts: HomeCount[];
  ccmCounts: HomeCount[];
  /** Live techniques with at least one CCM control mapped, out of all live (sub-)techniques. */
  mappedTechniques: { mapped: number; total: number };
}

const live = <T extends { status: string }>(m: Map<string, T>) => [...m.values()].filter((r) => r.status === 'live');

export function buildHomeView(graph: ContentGraph): HomeView {
  const techniques = live(graph.techniques);
  const parents = techniques.filter((t) => !t.isSubtechnique).length;
  const subs = techniques.length - parents;
  const scope = mappingScope(graph);
  const controls = [...graph.ccmControls.values()];
  const mapped = techniques.filter((t) => (graph.ccmByTechnique.get(t.id)?.length ?? 0) > 0).length;
  return {
    versions: siteVersions(graph),
    scope,
    attackCounts: [
      { label: 'Techniques', value: parents, href: HREFS.techniques },
      { label: 'Sub-techniques', value: subs, href: HREFS.techniques },
      { label: 'Tactics', value: live(graph.tactics).length, href: HREFS.tactics },
      { label: 'Mitigations', value: live(graph.mitigations).length, href: HREFS.mitigations },
      { label: 'Groups', value: live(graph.groups).length, href: HREFS.groups },
      { label: 'Campaigns', value: live(graph.campaigns).length, href: HREFS.campaigns },
      { label: 'Software', value: live(graph.software).length, href: HREFS.software },
      // A release has one detection model: detection strategies (v18.0 on) or data sources (before; snapshots).
      ...(graph.dataSources.size
        ? [{ label: 'Data sources', value: live(graph.dataSources).length, href: HREFS.dataSources }]
        : [{ label: 'Detection strategies', value: live(graph.detectionStrategies).length, href: HREFS.detectionStrategies }]),
    ],
    ccmCounts: [
      { label: 'CCM domains', value: graph.ccmDomains.size, href: HREFS.ccm },
      { label: 'CCM controls', value: controls.length, href: HREFS.ccm },
      {
        label: 'Controls mapped to techniques',
        value: controls.filter((c) => c.mappings.length > 0).length,
        href: HREFS.coverage,
      },
      {
        label: 'Technique–control mappings',
        value: scope.techniqueRows,
        note: `distinct pairs; the mapping file has ${scope.totalRows} rows in all, and marks ${scope.nonMappableControls} controls as not mappable`,
      },
    ],
    mappedTechniques: { mapped, total: techniques.length },
  };
}
