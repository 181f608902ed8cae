/**
 * The browser entry of the exported site (bundled by scripts/islands.ts, loaded by every page):
 * hydrates each island element with its component and props. Next's own client runtime is not
 * shipped; pages are plain documents linked by plain <a>.
 */
import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ISLAND_ATTR, ISLAND_PROPS_ATTR, islandLoaders, type IslandName } from './registry';

const isIslandName = (name: string): name is IslandName => Object.hasOwn(islandLoaders, name);

export async function hydrateIslands(root: ParentNode = document): Promise<void> {
  const elements = [...root.querySelectorAll<HTMLElement>(`[${ISLAND_ATTR}]`)];
  await Promise.all(
    elements.map(async (el) => {
      const name = el.getAttribute(ISLAND_ATTR) ?? '';
      if (!isIslandName(name)) {
        console.error(`Unknown island "${name}"`);
        return;
      }
      const props: unknown = JSON.parse(el.getAttribute(ISLAND_PROPS_ATTR) ?? '{}');
      const Component = (await islandLoaders[name]()) as ComponentType<Record<string, unknown>>;
      hydrateRoot(el, createElement(Component, props as Record<string, unknown>), {
        onRecoverableError: (error) => console.error(`Island ${name}:`, error),
      });
    }),
  );
}

void hydrateIslands();
