/**
 * The matrix filter's predicate, shared by the page's view (app/_lib/views/matrix.ts) and its
 * browser island (components/matrix/PlatformFilter.tsx): no imports, so the island bundle stays small.
 */

/** [bit i set: on platform i of MatrixView.platforms, bit j set: has HUNTING_FILTERS[j]]. */
export type FilterCell = [platforms: number, hunting: number];

/** Whether a cell passes the filters: on one of the chosen platforms (any, when none is chosen) and with every chosen hunting content. */
export const passes = ([p, h]: FilterCell, platformBits: number, huntingBits: number) => (platformBits === 0 || (p & platformBits) !== 0) && (h & huntingBits) === huntingBits;
