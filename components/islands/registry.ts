/**
 * The site's interactive islands, by name. Pages are static HTML: the build strips Next's client
 * runtime and the page's RSC payload (a second copy of the whole page) from every exported page,
 * and `client.ts` hydrates only the elements marked by <Island>, each with its own small React
 * root. Each entry loads its component on demand, so a page downloads only the islands it has.
 *
 * Server side, <Island name props> renders the same components (typed from this table).
 */
import type { ReactNode } from 'react';

export const islandLoaders = {
  SearchBox: () => import('@/components/search/SearchBox').then((m) => m.SearchBox),
  SearchPage: () => import('@/components/search/SearchPage').then((m) => m.SearchPage),
  ThemeToggle: () => import('@/components/layout/ThemeToggle').then((m) => m.ThemeToggle),
  CiteThis: () => import('@/components/cite/CiteThis').then((m) => m.CiteThis),
  PrintDate: () => import('@/components/ui/PrintDate').then((m) => m.PrintDate),
  IdSuggestion: () => import('@/components/ui/IdSuggestion').then((m) => m.IdSuggestion),
  SigmaYaml: () => import('@/components/hunting/SigmaYaml').then((m) => m.SigmaYaml),
  PlatformFilter: () => import('@/components/matrix/PlatformFilter').then((m) => m.PlatformFilter),
  CoverageApp: () => import('@/components/coverage/CoverageApp').then((m) => m.CoverageApp),
  Behaviours: () => import('./Behaviours').then((m) => m.Behaviours),
} satisfies Record<string, () => Promise<(props: never) => ReactNode>>;

export type IslandName = keyof typeof islandLoaders;
export type IslandComponent<N extends IslandName> = Awaited<ReturnType<(typeof islandLoaders)[N]>>;
type Props<F> = F extends (props: infer P) => ReactNode ? (P extends object ? P : Record<string, never>) : never;
export type IslandProps<N extends IslandName> = Props<IslandComponent<N>>;

/** Attribute that marks an island's element; its value is the island's name. */
export const ISLAND_ATTR = 'data-island';
/** Attribute holding the island's props as JSON. */
export const ISLAND_PROPS_ATTR = 'data-island-props';
