/**
 * The browser entry of the exported site (bundled by scripts/islands.ts, loaded by every page as
 * a module): hydrates each island element with its component and props. Eager islands hydrate
 * at once; lazy ones after their chunk loads. Next's own client runtime is not shipped; pages
 * are plain documents linked by plain <a>.
 */
import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ISLAND_ATTR, ISLAND_PROPS_ATTR } from './attrs';
import { eagerIslands, lazyIslands } from './registry';

type Props = Record<string, unknown>;

function hydrate(el: HTMLElement, name: string, Component: ComponentType<Props>) {
  const props = JSON.parse(el.getAttribute(ISLAND_PROPS_ATTR) ?? '{}') as Props;
  hydrateRoot(el, createElement(Component, props), {
    onRecoverableError: (error) => console.error(`Island ${name}:`, error),
  });
}

export function hydrateIslands(root: ParentNode = document): Promise<void>[] {
  return [...root.querySelectorAll<HTMLElement>(`[${ISLAND_ATTR}]`)].map(async (el) => {
    const name = el.getAttribute(ISLAND_ATTR) ?? '';
    if (Object.hasOwn(eagerIslands, name)) hydrate(el, name, eagerIslands[name as keyof typeof eagerIslands] as ComponentType<Props>);
    else if (Object.hasOwn(lazyIslands, name)) hydrate(el, name, (await lazyIslands[name as keyof typeof lazyIslands]()) as ComponentType<Props>);
    else console.error(`Unknown island "${name}"`);
  });
}

hydrateIslands();
