/**
 * The site's interactive islands, by name. Pages are static HTML: the build strips Next's client
 * runtime and the page's RSC payload (a second copy of the whole page) from every exported page,
 * and `client.ts` hydrates only the elements marked by <Island>, each with its own small React
 * root.
 *
 * - eager: on (nearly) every page, so bundled with the entry and hydrated as soon as it runs
 *   (before DOMContentLoaded): no request waterfall, no window where a key press is lost.
 * - lazy: on a few pages; each is its own chunk, loaded only where the page has it.
 *
 * Server side, <Island name props> renders the same components (typed from these tables).
 */
import type { ReactNode } from 'react';
import { CiteThis } from '@/components/cite/CiteThis';
import { ThemeToggle } from '@/components/layout/ThemeToggle';
import { SearchBox } from '@/components/search/SearchBox';
import { PrintDate } from '@/components/ui/PrintDate';
import { Behaviours } from './Behaviours';

type AnyComponent = (props: never) => ReactNode;

export const eagerIslands = { SearchBox, ThemeToggle, CiteThis, PrintDate, Behaviours } satisfies Record<string, AnyComponent>;

export const lazyIslands = {
  SearchPage: () => import('@/components/search/SearchPage').then((m) => m.SearchPage),
  NotFoundHelp: () => import('@/components/ui/NotFoundHelp').then((m) => m.NotFoundHelp),
  SigmaYaml: () => import('@/components/hunting/SigmaYaml').then((m) => m.SigmaYaml),
  PlatformFilter: () => import('@/components/matrix/PlatformFilter').then((m) => m.PlatformFilter),
  TechniqueFilter: () => import('@/components/attack/TechniqueFilter').then((m) => m.TechniqueFilter),
  SigmaFilter: () => import('@/components/hunting/SigmaFilter').then((m) => m.SigmaFilter),
  AtomicFilter: () => import('@/components/hunting/AtomicFilter').then((m) => m.AtomicFilter),
  IndexFilter: () => import('@/components/ui/IndexFilter').then((m) => m.IndexFilter),
  CoverageApp: () => import('@/components/coverage/CoverageApp').then((m) => m.CoverageApp),
} satisfies Record<string, () => Promise<AnyComponent>>;

type Eager = typeof eagerIslands;
type Lazy = typeof lazyIslands;
export type IslandName = keyof Eager | keyof Lazy;
export type IslandComponent<N extends IslandName> = N extends keyof Eager ? Eager[N] : N extends keyof Lazy ? Awaited<ReturnType<Lazy[N]>> : never;
type Props<F> = F extends (props: infer P) => ReactNode ? (P extends object ? P : Record<string, never>) : never;
export type IslandProps<N extends IslandName> = Props<IslandComponent<N>>;
