/**
 * Marks an interactive component as an island: the server renders it as usual inside an element
 * that names it and carries its props (JSON), and in the exported site `client.ts` hydrates that
 * element alone. Props must be small and JSON-safe: they are written into the page.
 */
import type { ReactNode } from 'react';
import { SearchBox } from '@/components/search/SearchBox';
import { SearchPage } from '@/components/search/SearchPage';
import { ThemeToggle } from '@/components/layout/ThemeToggle';
import { CiteThis } from '@/components/cite/CiteThis';
import { PrintDate } from '@/components/ui/PrintDate';
import { IdSuggestion } from '@/components/ui/IdSuggestion';
import { SigmaYaml } from '@/components/hunting/SigmaYaml';
import { PlatformFilter } from '@/components/matrix/PlatformFilter';
import { CoverageApp } from '@/components/coverage/CoverageApp';
import { Behaviours } from './Behaviours';
import { ISLAND_ATTR, ISLAND_PROPS_ATTR } from './attrs';
import type { IslandComponent, IslandName, IslandProps } from './registry';

const components: { [N in IslandName]: IslandComponent<N> } = {
  SearchBox,
  SearchPage,
  ThemeToggle,
  CiteThis,
  PrintDate,
  IdSuggestion,
  SigmaYaml,
  PlatformFilter,
  CoverageApp,
  Behaviours,
};

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
