/**
 * Marks an interactive component as an island: the server renders it as usual inside an element
 * that names it and carries its props (JSON), and in the exported site `client.ts` hydrates that
 * element alone. Props must be small and JSON-safe: they are written into the page.
 */
import type { ReactNode } from 'react';
import { SearchPage } from '@/components/search/SearchPage';
import { NotFoundHelp } from '@/components/ui/NotFoundHelp';
import { SigmaYaml } from '@/components/hunting/SigmaYaml';
import { PlatformFilter } from '@/components/matrix/PlatformFilter';
import { TechniqueFilter } from '@/components/attack/TechniqueFilter';
import { SigmaFilter } from '@/components/hunting/SigmaFilter';
import { AtomicFilter } from '@/components/hunting/AtomicFilter';
import { IndexFilter } from '@/components/ui/IndexFilter';
import { CoverageApp } from '@/components/coverage/CoverageApp';
import { ISLAND_ATTR, ISLAND_PROPS_ATTR } from './attrs';
import { eagerIslands, type IslandComponent, type IslandName, type IslandProps } from './registry';

// The server renders every island directly; the lazy ones are imported here, not loaded.
const components: { [N in IslandName]: IslandComponent<N> } = { ...eagerIslands, SearchPage, NotFoundHelp, SigmaYaml, PlatformFilter, TechniqueFilter, SigmaFilter, AtomicFilter, IndexFilter, CoverageApp };

export function Island<N extends IslandName>({
  name,
  props,
  inline = false,
}: {
  name: N;
  props: IslandProps<N>;
  /** Inside phrasing content (a <p>): a <span> instead of a <div>. */
  inline?: boolean;
}) {
  const Component = components[name] as unknown as (p: object) => ReactNode;
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag {...{ [ISLAND_ATTR]: name, [ISLAND_PROPS_ATTR]: JSON.stringify(props) }} className="contents">
      <Component {...props} />
    </Tag>
  );
}
