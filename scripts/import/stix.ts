/**
 * The STIX fields we read, as zod schemas (MITRE's @mitre-attack/attack-data-model 4.10.1 would be
 * the natural choice, but it fails to load a local bundle: it crashes at import with zod 4.6 and,
 * with zod 4.3.6, throws ".pick() cannot be used on object schemas containing refinements").
 * Loose objects: upstream may add fields; we validate only what we use. Works for the STIX 2.0
 * bundles of mitre/cti and the 2.1 bundles of attack-stix-data alike.
 */
import { z } from 'zod';

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

export function parseBundle(text: string, where: string): StixObject[] {
  const result = bundleSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${where} is not a STIX bundle of the shape we read:\n${issues.join('\n')}`);
  }
  return result.data.objects;
}

export const attackId = (o: StixObject) =>
  o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;
export const attackUrl = (o: StixObject) =>
  o.external_references?.find((r) => r.source_name === 'mitre-attack')?.url;
export const statusOf = (o: StixObject) =>
  o.revoked ? ('revoked' as const) : o.x_mitre_deprecated ? ('deprecated' as const) : ('live' as const);
