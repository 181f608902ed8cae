/**
 * zod schema of ATT&CK Navigator layer format 4.5, written from the specification
 * (mitre-attack/attack-navigator layers/spec/v4.5/layerformat.md): required fields, types and
 * documented value sets. Strict objects: a misspelt field is an error, not silently ignored
 * (the Navigator would ignore it, and the layer would not mean what we meant).
 * Also checked, from the Navigator's loader (nav-app view-model.ts deserialize): versions.attack
 * is a string whose leading number names the ATT&CK release.
 * Used by tests only; the build writes layers through layer.ts.
 */
import { z } from 'zod';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a #rrggbb colour');
const divider = z.strictObject({ divider: z.literal(true) });
const metadata = z.union([z.strictObject({ name: z.string(), value: z.string() }), divider]);
const link = z.union([z.strictObject({ label: z.string(), url: z.string().regex(/^[a-z][a-z0-9+.-]*:\/\//i, 'a URL with a protocol') }), divider]);

const semverAtLeast = (min: [number, number, number]) => (v: string) => {
  const parts = v.split('.').map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < 3; i++) {
    const a = parts[i] ?? 0;
    const b = min[i]!;
    if (Number.isNaN(a)) return false;
    if (a !== b) return a > b;
  }
  return true;
};

export const layerTechniqueSchema = z.strictObject({
  techniqueID: z.string().regex(/^T\d{4}(\.\d{3})?$/),
  /** A tactic shortname, e.g. "lateral-movement". */
  tactic: z.string().regex(/^[a-z]+(-[a-z]+)*$/).optional(),
  comment: z.string().optional(),
  enabled: z.boolean().optional(),
  score: z.number().finite().optional(),
  color: z.union([color, z.literal('')]).optional(),
  metadata: z.array(metadata).optional(),
  links: z.array(link).optional(),
  showSubtechniques: z.boolean().optional(),
});

export const navigatorLayerSchema = z
  .strictObject({
    versions: z
      .strictObject({
        attack: z.string().regex(/^\d+/, 'starts with the ATT&CK major version').optional(),
        navigator: z.string().refine(semverAtLeast([4, 9, 0]), 'navigator must be at least 4.9.0'),
        layer: z.literal('4.5'),
      })
      .optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    domain: z.enum(['enterprise-attack', 'mobile-attack', 'ics-attack']),
    customDataURL: z.string().optional(),
    filters: z.strictObject({ platforms: z.array(z.string()).optional() }).optional(),
    sorting: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
    layout: z
      .strictObject({
        layout: z.enum(['side', 'flat', 'mini']).optional(),
        showID: z.boolean().optional(),
        showName: z.boolean().optional(),
        showAggregateScores: z.boolean().optional(),
        countUnscored: z.boolean().optional(),
        aggregateFunction: z.enum(['average', 'min', 'max', 'sum']).optional(),
        expandedSubtechniques: z.enum(['none', 'all', 'annotated']).optional(),
      })
      .optional(),
    hideDisabled: z.boolean().optional(),
    techniques: z.array(layerTechniqueSchema).optional(),
    gradient: z
      .strictObject({ colors: z.array(color).min(2), minValue: z.number().finite(), maxValue: z.number().finite() })
      .refine((g) => g.maxValue > g.minValue, 'gradient maxValue must be > minValue')
      .optional(),
    legendItems: z.array(z.strictObject({ label: z.string(), color })).optional(),
    showTacticRowBackground: z.boolean().optional(),
    tacticRowBackground: color.optional(),
    selectTechniquesAcrossTactics: z.boolean().optional(),
    selectSubtechniquesWithParent: z.boolean().optional(),
    selectVisibleTechniques: z.boolean().optional(),
    metadata: z.array(metadata).optional(),
    links: z.array(link).optional(),
  });

export type ValidLayer = z.infer<typeof navigatorLayerSchema>;
