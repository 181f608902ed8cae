/**
 * Searchable kinds, their labels and index file locations. Kept apart from options.ts (which
 * imports FlexSearch) so components can use them without pulling FlexSearch into page bundles.
 */

/** Kinds in facet order. `weight` breaks ties between equally good matches of different kinds. */
export const SEARCH_KINDS = [
  { kind: 'technique', label: 'Techniques', one: 'Technique', weight: 10 },
  { kind: 'sub-technique', label: 'Sub-techniques', one: 'Sub-technique', weight: 9 },
  { kind: 'tactic', label: 'Tactics', one: 'Tactic', weight: 11 },
  { kind: 'mitigation', label: 'Mitigations', one: 'Mitigation', weight: 9 },
  { kind: 'ccm-control', label: 'CCM controls', one: 'CCM control', weight: 9 },
  { kind: 'ccm-domain', label: 'CCM domains', one: 'CCM domain', weight: 10 },
  { kind: 'group', label: 'Groups', one: 'Group', weight: 8 },
  { kind: 'campaign', label: 'Campaigns', one: 'Campaign', weight: 7 },
  { kind: 'software', label: 'Software', one: 'Software', weight: 7 },
  { kind: 'detection-strategy', label: 'Detection strategies', one: 'Detection strategy', weight: 4 },
  { kind: 'data-component', label: 'Data components', one: 'Data component', weight: 5 },
  { kind: 'kubernetes-technique', label: 'Kubernetes techniques', one: 'Kubernetes technique', weight: 9 },
  { kind: 'kubernetes-mitigation', label: 'Kubernetes mitigations', one: 'Kubernetes mitigation', weight: 8 },
  // Pages people write (content/pages): methodology, citing, using the analyzer.
  { kind: 'guide', label: 'Guides', one: 'Guide', weight: 6 },
  // Hunting content: in the full-text tier (see build.ts), so they never crowd the typeahead's names.
  { kind: 'sigma-rule', label: 'Sigma rules', one: 'Sigma rule', weight: 5 },
  { kind: 'atomic-test', label: 'Atomic tests', one: 'Atomic test', weight: 5 },
] as const;

/** Kinds whose docs ship with the full-text tier, not the names tier (thousands of them; see build.ts). */
export const HUNTING_KINDS = ['sigma-rule', 'atomic-test'] as const;
/** Whether results show the object's id: not for Sigma rule ids and Atomic GUIDs, which nobody reads. */
export const showsId = (kind: SearchKind) => kind !== 'guide' && !(HUNTING_KINDS as readonly string[]).includes(kind);
/** A guide's search id ("guide:citing"): not an id anyone types, and no ATT&CK or CCM id has a colon. */
export const GUIDE_ID_PREFIX = 'guide:';

export type SearchKind = (typeof SEARCH_KINDS)[number]['kind'];
export const KIND_CODES: readonly SearchKind[] = SEARCH_KINDS.map((k) => k.kind);
export const KIND_INFO = Object.fromEntries(SEARCH_KINDS.map((k) => [k.kind, k])) as Record<SearchKind, (typeof SEARCH_KINDS)[number]>;
export const isSearchKind = (s: unknown): s is SearchKind => typeof s === 'string' && (KIND_CODES as readonly string[]).includes(s);

/** Where the index files live (before withBasePath): versioned, so a host may cache them forever. */
export const SEARCH_INDEX_DIR = '/search-index';
export const namesIndexPath = (version: string) => `${SEARCH_INDEX_DIR}/${version}/names.json`;
export const textIndexPath = (version: string) => `${SEARCH_INDEX_DIR}/${version}/text.json`;
