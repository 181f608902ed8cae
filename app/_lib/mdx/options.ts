/**
 * THE MDX compiler options: every authored body (content/pages/*.mdx) is compiled with these, at
 * build time, by compile.ts; rules.ts parses with the same options to check what may be written.
 * Each plugin says why it is here. Change anything here, in the plugin list, or in the component
 * map, and bump MDX_CACHE_BREAKER.
 */
import type { CompileOptions } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/**
 * Part of every compile-cache key (compile.ts). BUMP THIS WHEN a plugin's options or behaviour,
 * the output format, or what a component map entry expects of its props changes in a way the
 * package versions in the key do not show (e.g. editing a local plugin). A stale cache renders
 * last build's markup without any error, so when in doubt, bump.
 */
export const MDX_CACHE_BREAKER = 1;

export const MDX_OPTIONS = {
  // Run by compile.ts with `run` (react/jsx-runtime passed in), not imported as a module file.
  outputFormat: 'function-body',
  // Production JSX (no jsxDEV): the output is rendered once at build time into static HTML.
  development: false,
  // GFM: tables and strikethrough in the pages we write, like the upstream prose renderer.
  remarkPlugins: [remarkGfm],
} satisfies CompileOptions;
