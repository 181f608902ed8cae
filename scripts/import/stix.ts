/**
 * The STIX fields we read, as zod schemas (MITRE's @mitre-attack/attack-data-model 4.10.1 would be
 * the natural choice, but it fails to load a local bundle: it crashes at import with zod 4.6 and,
 * with zod 4.3.6, throws ".pick() cannot be used on object schemas containing refinements").
 * Loose objects: upstream may add fields; we validate only what we use. Works for the STIX 2.0
 * bundles of mitre/cti and the 2.1 bundles of attack-stix-data alike.
 */
import { z } from 'zod';
import {
  ANALYTIC_ID,
  CAMPAIGN_ID,
  DATA_COMPONENT_ID,
  DATA_SOURCE_ID,
  DETECTION_ID,
  GROUP_ID,
  MITIGATION_ID,
  SOFTWARE_ID,
  TACTIC_ID,
  TECHNIQUE_ID,
} from '../../app/_lib/content/schema';
import { clip, describeIssues, fieldPath, InputError, parseJson, snippet } from './input';

export const externalReferenceSchema = z.looseObject({
  source_name: z.string(),
  external_id: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
});

export const stixObjectSchema = z.looseObject({
  type: z.string(),
  id: z.string(),
  created: z.string().optional(),
  modified: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
  external_references: z.array(externalReferenceSchema).optional(),
  x_mitre_version: z.string().optional(),
  x_mitre_domains: z.array(z.string()).optional(),
  x_mitre_contributors: z.array(z.string()).optional(),
  x_mitre_platforms: z.array(z.string()).optional(),
  x_mitre_is_subtechnique: z.boolean().optional(),
  x_mitre_detection: z.string().optional(),
  x_mitre_remote_support: z.boolean().optional(),
  x_mitre_impact_type: z.array(z.string()).optional(),
  x_mitre_shortname: z.string().optional(),
  x_mitre_aliases: z.array(z.string()).optional(),
  aliases: z.array(z.string()).optional(),
  kill_chain_phases: z.array(z.looseObject({ kill_chain_name: z.string(), phase_name: z.string() })).optional(),
  tactic_refs: z.array(z.string()).optional(),
  first_seen: z.string().optional(),
  last_seen: z.string().optional(),
  x_mitre_first_seen_citation: z.string().optional(),
  x_mitre_last_seen_citation: z.string().optional(),
  x_mitre_analytic_refs: z.array(z.string()).optional(),
  x_mitre_log_source_references: z
    .array(z.looseObject({ x_mitre_data_component_ref: z.string(), name: z.string(), channel: z.string().optional() }))
    .optional(),
  x_mitre_mutable_elements: z.array(z.looseObject({ field: z.string(), description: z.string() })).optional(),
  x_mitre_collection_layers: z.array(z.string()).optional(),
  x_mitre_data_source_ref: z.string().optional(),
  x_mitre_log_sources: z.array(z.looseObject({ name: z.string(), channel: z.string().optional() })).optional(),
  relationship_type: z.string().optional(),
  source_ref: z.string().optional(),
  target_ref: z.string().optional(),
});
export type StixObject = z.infer<typeof stixObjectSchema>;

export const bundleSchema = z.looseObject({
  type: z.literal('bundle'),
  objects: z.array(stixObjectSchema),
});

/** Parses a bundle; `file` names it in the one-line error, with the STIX id of a bad object. */
export function parseBundle(text: string, file: string): StixObject[] {
  const raw = parseJson(text, file);
  const result = bundleSchema.safeParse(raw);
  if (!result.success) {
    const objects = (raw as { objects?: unknown })?.objects;
    const label = (p: readonly PropertyKey[]) => {
      const o = p[0] === 'objects' && typeof p[1] === 'number' && Array.isArray(objects) ? (objects[p[1]] as { id?: unknown } | undefined) : undefined;
      const stix = typeof o?.id === 'string' ? ` (${clip(o.id)})` : '';
      return o ? `objects[${String(p[1])}]${stix}${p.length > 2 ? `: ${fieldPath(p.slice(2))}` : ''}` : fieldPath(p);
    };
    throw new InputError(file, `not a STIX bundle of the shape we read: ${describeIssues(result.error, label)}`);
  }
  return result.data.objects;
}

export const attackId = (o: StixObject) =>
  o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;
export const attackUrl = (o: StixObject) =>
  o.external_references?.find((r) => r.source_name === 'mitre-attack')?.url;
export const statusOf = (o: StixObject) =>
  o.revoked ? ('revoked' as const) : o.x_mitre_deprecated ? ('deprecated' as const) : ('live' as const);

/**
 * The ATT&CK id of each STIX type the import reads, and its form. The id names a file
 * (content/techniques/T1133.mdx), so an id of any other form is refused before anything is
 * named (issue 14): `../../../../tmp/PWNED` must never become a path.
 */
export const ATTACK_IDS: Record<string, { kind: string; pattern: RegExp; example: string }> = {
  'attack-pattern': { kind: 'technique', pattern: TECHNIQUE_ID, example: 'T1234 or T1234.001' },
  'x-mitre-tactic': { kind: 'tactic', pattern: TACTIC_ID, example: 'TA0001' },
  // ATT&CK's pre-2018 mitigations reuse their technique's id; they are read, never published.
  'course-of-action': { kind: 'mitigation', pattern: new RegExp(`${MITIGATION_ID.source}|${TECHNIQUE_ID.source}`), example: 'M1234, or T1234 for a pre-2018 one' },
  'intrusion-set': { kind: 'group', pattern: GROUP_ID, example: 'G1234' },
  campaign: { kind: 'campaign', pattern: CAMPAIGN_ID, example: 'C1234' },
  malware: { kind: 'software', pattern: SOFTWARE_ID, example: 'S1234' },
  tool: { kind: 'software', pattern: SOFTWARE_ID, example: 'S1234' },
  'x-mitre-detection-strategy': { kind: 'detection strategy', pattern: DETECTION_ID, example: 'DET1234' },
  'x-mitre-data-component': { kind: 'data component', pattern: DATA_COMPONENT_ID, example: 'DC1234' },
  'x-mitre-analytic': { kind: 'analytic', pattern: ANALYTIC_ID, example: 'AN1234' },
  'x-mitre-data-source': { kind: 'data source', pattern: DATA_SOURCE_ID, example: 'DS1234' },
};

/**
 * Before v18.0 a data component had no ATT&CK id: it belonged to a data source
 * (`x_mitre_data_source_ref`) and is published on that source's page. Such a component is checked
 * for its name, dates and data source instead of an id.
 */
export const isSourceComponent = (o: StixObject) => o.type === 'x-mitre-data-component' && !!o.x_mitre_data_source_ref && !attackId(o);

/** One line naming the file, the object (its STIX id says its type) and the field. */
function failOn(file: string, o: StixObject, field: string, problem: string): never {
  throw new InputError(file, `${clip(o.id)}: ${field}: ${problem}`);
}

/**
 * What the import needs of every object of the given types, checked before any is used: an
 * ATT&CK id of its type's form (unique), a name, dates, and for techniques kill-chain phases
 * that name tactics of the bundle. Without these an object used to vanish, lose its tactics or
 * be named after its id with a green build (issue 14). Revoked and deprecated techniques may
 * lack kill-chain phases (they are out of the matrix anyway); in 18.1 none lacks anything else.
 */
export function checkAttackObjects(objects: readonly StixObject[], file: string, types: readonly string[] = Object.keys(ATTACK_IDS)): void {
  const checked = objects.filter((o) => types.includes(o.type));
  const seen = new Map<string, string>();
  for (const o of checked) {
    if (isSourceComponent(o)) {
      for (const f of ['name', 'created', 'modified'] as const) if (!o[f]?.trim()) failOn(file, o, f, 'missing');
      continue;
    }
    const { kind, pattern, example } = ATTACK_IDS[o.type]!;
    const refs = o.external_references ?? failOn(file, o, 'external_references', 'missing (it carries the ATT&CK id)');
    const i = refs.findIndex((r) => r.source_name === 'mitre-attack');
    if (i < 0) failOn(file, o, 'external_references', 'no entry with source_name "mitre-attack" (it carries the ATT&CK id)');
    const field = `external_references[${i}].external_id`;
    const id = refs[i]!.external_id ?? failOn(file, o, field, 'missing');
    if (!pattern.test(id)) failOn(file, o, field, `${snippet(id)} is not an ATT&CK ${kind} id (${example})`);
    const other = seen.get(`${kind} ${id}`);
    if (other) failOn(file, o, field, `${id} is also the id of ${other}`);
    seen.set(`${kind} ${id}`, o.id);
    for (const f of ['name', 'created', 'modified'] as const) if (!o[f]?.trim()) failOn(file, o, f, 'missing');
    if (o.type === 'x-mitre-tactic' && !o.x_mitre_shortname?.trim()) failOn(file, o, 'x_mitre_shortname', 'missing (kill-chain phases name tactics by it)');
  }
  const shortnames = new Set(checked.filter((o) => o.type === 'x-mitre-tactic').map((o) => o.x_mitre_shortname));
  for (const o of checked) {
    if (o.type !== 'attack-pattern') continue;
    const phases = o.kill_chain_phases ?? [];
    phases.forEach((p, i) => {
      if (p.kill_chain_name !== 'mitre-attack') failOn(file, o, `kill_chain_phases[${i}].kill_chain_name`, `${snippet(p.kill_chain_name)} is not "mitre-attack"`);
      if (!shortnames.has(p.phase_name)) failOn(file, o, `kill_chain_phases[${i}].phase_name`, `${snippet(p.phase_name)} is not the x_mitre_shortname of any tactic in the bundle`);
    });
    if (!phases.length && statusOf(o) === 'live') failOn(file, o, 'kill_chain_phases', 'missing (a live technique needs a tactic, or it leaves the matrix)');
  }
}

/**
 * Links between objects, checked before any is followed: relationships, the matrix's tactic
 * order, detection strategies' analytics and analytics' data components must point at objects
 * of the bundle (each used to be skipped, or to fall back to a STIX id, without a word).
 */
export function checkAttackReferences(objects: readonly StixObject[], file: string): void {
  const byStix = new Map(objects.map((o) => [o.id, o]));
  const target = (o: StixObject, field: string, ref: string | undefined, type?: string) => {
    if (!ref) failOn(file, o, field, 'missing');
    const t = byStix.get(ref) ?? failOn(file, o, field, `${snippet(ref, 80)} is not in the bundle`);
    if (type && t.type !== type) failOn(file, o, field, `${snippet(ref, 80)} is of type ${clip(t.type)}, not ${type}`);
  };
  for (const o of objects) {
    if (o.type === 'relationship') {
      target(o, 'source_ref', o.source_ref);
      target(o, 'target_ref', o.target_ref);
    } else if (o.type === 'x-mitre-detection-strategy') {
      (o.x_mitre_analytic_refs ?? []).forEach((ref, i) => target(o, `x_mitre_analytic_refs[${i}]`, ref, 'x-mitre-analytic'));
    } else if (isSourceComponent(o)) {
      target(o, 'x_mitre_data_source_ref', o.x_mitre_data_source_ref, 'x-mitre-data-source');
    } else if (o.type === 'x-mitre-analytic') {
      (o.x_mitre_log_source_references ?? []).forEach((l, i) => target(o, `x_mitre_log_source_references[${i}].x_mitre_data_component_ref`, l.x_mitre_data_component_ref, 'x-mitre-data-component'));
    }
  }
  // The matrix orders the tactic columns; a live tactic missing from it would sort last unseen.
  const matrix = objects.find((o) => o.type === 'x-mitre-matrix' && statusOf(o) === 'live');
  if (!matrix) throw new InputError(file, 'no live x-mitre-matrix object (it orders the tactics)');
  const order = new Set(matrix.tactic_refs ?? []);
  for (const t of objects) {
    if (t.type === 'x-mitre-tactic' && statusOf(t) === 'live' && !order.has(t.id)) failOn(file, matrix, 'tactic_refs', `does not list the live tactic ${t.id} (${attackId(t)})`);
  }
}
