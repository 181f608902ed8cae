/**
 * View model for /about/: sources with versions, files, SHA-256 and origins; licences and the
 * exact attribution texts; how the mapping's ATT&CK release relates to the site's.
 */
import type { ContentGraph } from '../content/graph';

export const MITRE_ATTRIBUTION =
  '© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.';
export const MITRE_TERMS_URL = 'https://attack.mitre.org/resources/legal-and-branding/terms-of-use/';
export const CSA_CCM_URL = 'https://cloudsecurityalliance.org/research/cloud-controls-matrix';
export const CTID_MAPPINGS_URL = 'https://center-for-threat-informed-defense.github.io/mappings-explorer/';
export const CTID_REPO_URL = 'https://github.com/center-for-threat-informed-defense/mappings-explorer';
export const APACHE_URL = 'https://www.apache.org/licenses/LICENSE-2.0';

const ROLE_LABELS: Record<string, string> = {
  attack: 'MITRE ATT&CK Enterprise (STIX 2.1 bundle): techniques, tactics, mitigations, groups, campaigns, software, detection strategies, data components',
  attackMappingEra: 'MITRE ATT&CK Enterprise, the release the mapping was made against: used only to tell what changed since',
  mapping: 'CTID Mappings Explorer: CSA CCM ↔ ATT&CK mapping (rows, mapping types, control titles)',
  ccmDescriptions: 'CTID Mappings Explorer: CCM control specification texts',
  ccmDomains: 'CTID Mappings Explorer: CCM domain descriptions',
};

export interface AboutView {
  attackVersion: string;
  attackDomain: string;
  ccmVersion: string;
  mapping: { framework: string; frameworkVersion: string; attackVersion: string; created: string; updated: string; rows: number };
  sources: { role: string; label: string; file: string; sha256: string; origin: string; license: string }[];
  counts: { label: string; value: number }[];
  era: { mapped: number; changed: number; renamed: number; notLive: number; platformsOrTactics: number };
  dataNotes: number;
}

export function buildAbout(g: ContentGraph): AboutView {
  const live = <T extends { status: string }>(m: Map<string, T>) => [...m.values()].filter((r) => r.status === 'live').length;
  const techniques = [...g.techniques.values()].filter((t) => t.status === 'live');
  const mapped = new Set([...g.ccmControls.values()].flatMap((c) => c.mappings.map((r) => r.technique)));
  const eras = [...mapped].map((t) => g.techniques.get(t));
  return {
    attackVersion: g.meta.attack.version,
    attackDomain: g.meta.attack.domain,
    ccmVersion: g.meta.ccm.version,
    mapping: {
      framework: g.meta.mapping.framework,
      frameworkVersion: g.meta.mapping.frameworkVersion,
      attackVersion: g.meta.mapping.attackVersion,
      created: g.meta.mapping.created,
      updated: g.meta.mapping.updated,
      rows: g.meta.mapping.rows,
    },
    sources: g.meta.sources.map((s) => ({ ...s, label: ROLE_LABELS[s.role] ?? s.role })),
    counts: [
      { label: 'Techniques', value: techniques.filter((t) => !t.isSubtechnique).length },
      { label: 'Sub-techniques', value: techniques.filter((t) => t.isSubtechnique).length },
      { label: 'Tactics', value: g.tactics.size },
      { label: 'Mitigations', value: live(g.mitigations) },
      { label: 'Groups', value: live(g.groups) },
      { label: 'Campaigns', value: live(g.campaigns) },
      { label: 'Software', value: live(g.software) },
      // One detection model per release: data sources before v18.0 (snapshots), detection strategies since.
      ...(g.dataSources.size
        ? [
            { label: 'Data sources', value: live(g.dataSources) },
            { label: 'Data components', value: [...g.dataSources.values()].filter((d) => d.status === 'live').reduce((n, d) => n + d.components.filter((c) => c.status === 'live').length, 0) },
          ]
        : [
            { label: 'Detection strategies', value: live(g.detectionStrategies) },
            { label: 'Data components', value: live(g.dataComponents) },
          ]),
      { label: 'CCM domains', value: g.ccmDomains.size },
      { label: 'CCM controls', value: g.ccmControls.size },
    ],
    era: {
      mapped: mapped.size,
      changed: eras.filter((t) => t?.mappingEra && t.mappingEra.versionThen !== t.mappingEra.versionNow).length,
      renamed: eras.filter((t) => t?.mappingEra?.nameThen).length,
      notLive: eras.filter((t) => !t || t.status !== 'live').length,
      platformsOrTactics: eras.filter(
        (t) => t?.mappingEra && (t.mappingEra.platformsAdded.length || t.mappingEra.platformsRemoved.length || t.mappingEra.tacticsAdded.length || t.mappingEra.tacticsRemoved.length),
      ).length,
    },
    dataNotes: g.meta.dataNotes.length,
  };
}
