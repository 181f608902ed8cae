/**
 * ATT&CK Navigator layers, layer format 4.5
 * (github.com/mitre-attack/attack-navigator, layers/spec/v4.5/layerformat.md).
 * Pure and dependency-free: used at build time and by the coverage analyzer in the browser.
 *
 * Choices that make a layer load unmodified and read well:
 * - versions {attack: major ATT&CK version, navigator: a 5.x release, layer: "4.5"}; the
 *   Navigator reads only the leading number of `attack` to pick its data;
 * - only annotated techniques are listed (no empty rows); `tactic` is omitted so an
 *   annotation shows under every tactic of the technique, as the spec allows;
 * - scores are counts; the gradient runs from 0 to the real maximum in the layer;
 * - legend items, layer metadata (source, versions) and links say where it came from.
 */
export const LAYER_FORMAT_VERSION = '4.5';
/** A Navigator release that reads layer format 4.5 (the spec's own example uses it). */
export const NAVIGATOR_VERSION = '5.2.0';
export const LAYER_DOMAIN = 'enterprise-attack';

export type LayerMetadata = { name: string; value: string } | { divider: true };
export type LayerLink = { label: string; url: string } | { divider: true };

export interface LayerTechnique {
  techniqueID: string;
  tactic?: string;
  comment?: string;
  enabled?: boolean;
  score?: number;
  color?: string;
  metadata?: LayerMetadata[];
  links?: LayerLink[];
  showSubtechniques?: boolean;
}

export interface NavigatorLayer {
  name: string;
  versions: { attack: string; navigator: string; layer: string };
  domain: string;
  description: string;
  sorting: number;
  layout: {
    layout: 'side' | 'flat' | 'mini';
    aggregateFunction: 'average' | 'min' | 'max' | 'sum';
    showID: boolean;
    showName: boolean;
    showAggregateScores: boolean;
    countUnscored: boolean;
    expandedSubtechniques: 'none' | 'all' | 'annotated';
  };
  hideDisabled: boolean;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  showTacticRowBackground: boolean;
  tacticRowBackground: string;
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
  selectVisibleTechniques: boolean;
  metadata: LayerMetadata[];
  links: LayerLink[];
}

/** Light to dark blue: readable text at both ends, distinct from the Navigator's default. */
export const SCORE_GRADIENT = ['#dbeafe', '#1e40af'] as const;
export const STATUS_COLORS = {
  mitigated: '#4ade80',
  partial: '#facc15',
  planned: '#93c5fd',
  gap: '#f87171',
  unmapped: '#cbd5e1',
} as const;

/** "18.1" → "18": the Navigator matches on the major version. */
export const attackMajor = (version: string) => version.split('.')[0] ?? version;

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');
/** Colour at `value` on a two-stop gradient (what the Navigator will paint). */
export function gradientColor(colors: readonly [string, string] | readonly string[], min: number, max: number, value: number): string {
  const from = colors[0] ?? '#ffffff';
  const to = colors[colors.length - 1] ?? from;
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 1;
  const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const a = rgb(from);
  const b = rgb(to);
  return `#${a.map((x, i) => hex(x + ((b[i] ?? x) - x) * t)).join('')}`;
}

export interface LayerInput {
  name: string;
  description: string;
  /** Site ATT&CK version, e.g. "18.1". */
  attackVersion: string;
  techniques: LayerTechnique[];
  /** Defaults to 0 … max score (at least 1, since the spec needs max > min). */
  gradient?: { colors: string[]; minValue: number; maxValue: number };
  legendItems?: { label: string; color: string }[];
  metadata?: LayerMetadata[];
  links?: LayerLink[];
}

export function navigatorLayer(input: LayerInput): NavigatorLayer {
  const maxScore = Math.max(0, ...input.techniques.map((t) => t.score ?? 0));
  return {
    name: input.name,
    versions: { attack: attackMajor(input.attackVersion), navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT_VERSION },
    domain: LAYER_DOMAIN,
    description: input.description,
    // 3: descending by score, so the best-covered techniques head each tactic.
    sorting: 3,
    layout: {
      layout: 'side',
      aggregateFunction: 'max',
      showID: true,
      showName: true,
      showAggregateScores: false,
      countUnscored: false,
      expandedSubtechniques: 'annotated',
    },
    hideDisabled: false,
    techniques: input.techniques,
    gradient: input.gradient ?? { colors: [...SCORE_GRADIENT], minValue: 0, maxValue: Math.max(1, maxScore) },
    legendItems: input.legendItems ?? [],
    showTacticRowBackground: false,
    tacticRowBackground: '#dddddd',
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata: input.metadata ?? [],
    links: input.links ?? [],
  };
}

/** Legend for a count-scored layer: the colours of 1 and of the maximum. */
export function countLegend(max: number, noun: (n: number) => string): { label: string; color: string }[] {
  const g = [...SCORE_GRADIENT];
  if (max < 1) return [];
  if (max === 1) return [{ label: noun(1), color: gradientColor(g, 0, 1, 1) }];
  return [
    { label: noun(1), color: gradientColor(g, 0, max, 1) },
    { label: `${noun(max)} (most in this layer)`, color: gradientColor(g, 0, max, max) },
  ];
}

export const serializeLayer = (layer: NavigatorLayer) => `${JSON.stringify(layer, null, 2)}\n`;
