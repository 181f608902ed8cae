/**
 * The whole mapping as a STIX 2.1 bundle: each CCM control a `course-of-action`, each mapping
 * row a `mitigates` relationship from the control to the ATT&CK `attack-pattern` (by the real
 * STIX id of ATT&CK Enterprise, so the bundle merges with MITRE's own), and an `identity` for
 * this site as producer. Ids are UUIDv5 of stable names in KB_STIX_NAMESPACE; created/modified
 * are the mapping's last update; key order is fixed: two builds give identical bytes.
 */
import type { ContentGraph } from '../content/graph';
import { isoDate } from '../dates';
import { ATTRIBUTION, CCM_OFFICIAL_URL, SITE_NAME } from './mapping';
import { uuidv5 } from './uuid';

export interface StixObject {
  type: string;
  spec_version?: '2.1';
  id: string;
  [key: string]: unknown;
}
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** STIX timestamps: RFC 3339 UTC with milliseconds. */
export const stixTimestamp = (isoDay: string) => `${isoDay}T00:00:00.000Z`;

export function mappingStixBundle(g: ContentGraph): StixBundle {
  const ccmVersion = g.meta.ccm.version;
  const stamp = stixTimestamp(isoDate(g.meta.mapping.updated));
  const identityId = `identity--${uuidv5('identity:attack-ccm-kb')}`;
  const common = { spec_version: '2.1' as const, created: stamp, modified: stamp, created_by_ref: identityId };

  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: identityId,
    created: stamp,
    modified: stamp,
    name: SITE_NAME,
    description: `Publishes the CTID mapping of CSA Cloud Controls Matrix v${ccmVersion} to MITRE ATT&CK Enterprise. ${ATTRIBUTION}`,
    identity_class: 'system',
  };

  const coas: StixObject[] = [];
  const relationships: StixObject[] = [];
  for (const c of [...g.ccmControls.values()].sort((a, b) => a.order - b.order)) {
    const coaId = `course-of-action--${uuidv5(`course-of-action:csa-ccm:${ccmVersion}:${c.id}`)}`;
    const description = c.specification === 'aligned' ? c.body.trim() : '';
    coas.push({
      type: 'course-of-action',
      ...common,
      id: coaId,
      name: c.title ? `${c.id} ${c.title}` : c.id,
      ...(description ? { description } : {}),
      external_references: [{ source_name: 'csa-ccm', external_id: c.id, url: CCM_OFFICIAL_URL }],
    });
    const seen = new Set<string>();
    for (const m of [...c.mappings].sort((a, b) => (a.technique < b.technique ? -1 : a.technique > b.technique ? 1 : 0))) {
      if (seen.has(m.technique)) continue;
      seen.add(m.technique);
      const t = g.techniques.get(m.technique);
      if (!t) throw new Error(`STIX export: ${c.id} maps unknown technique ${m.technique}`);
      relationships.push({
        type: 'relationship',
        ...common,
        id: `relationship--${uuidv5(`relationship:mitigates:csa-ccm:${ccmVersion}:${c.id}:${t.stixId}`)}`,
        relationship_type: 'mitigates',
        source_ref: coaId,
        target_ref: t.stixId,
        description: m.rationale,
        external_references: [
          { source_name: 'csa-ccm', external_id: c.id, url: CCM_OFFICIAL_URL },
          { source_name: 'mitre-attack', external_id: t.id, ...(t.attackUrl ? { url: t.attackUrl } : {}) },
        ],
      });
    }
  }
  return {
    type: 'bundle',
    id: `bundle--${uuidv5(`bundle:csa-ccm:${ccmVersion}:attack:${g.meta.attack.version}:${isoDate(g.meta.mapping.updated)}`)}`,
    objects: [identity, ...coas, ...relationships],
  };
}

export const serializeStix = (bundle: StixBundle) => `${JSON.stringify(bundle, null, 2)}\n`;
