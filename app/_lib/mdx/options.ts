/**
 * THE MDX compiler options: every body, authored (content/pages/*.mdx) or generated (upstream
 * prose the import writes as MDX: app/_lib/content/prose.ts), is compiled with these, at build
 * time, by compile.ts; rules.ts parses with the same options to check what may be written.
 * Each plugin says why it is here. Change anything here, in the plugin list, or in the component
 * map, and bump MDX_CACHE_BREAKER.
 */
import type { CompileOptions } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { remarkInertFootnotes, remarkSafeLinks } from './plugins';

/**
 * Part of every compile-cache key (compile.ts). BUMP THIS WHEN a plugin's options or behaviour,
 * the output format, or what a component map entry expects of its props changes in a way the
 * package versions in the key do not show (e.g. editing a local plugin). A stale cache renders
 * last build's markup without any error, so when in doubt, bump.
 */
export const MDX_CACHE_BREAKER = 3;

export const MDX_OPTIONS = {
  // Run by compile.ts with `run`/`runSync` (react/jsx-runtime passed in), not imported as a module file.
  outputFormat: 'function-body',
  // Production JSX (no jsxDEV): the output is rendered once at build time into static HTML.
  development: false,
  remarkPlugins: [
    // GFM: upstream prose has tables, strikethrough and bare URLs; guides use tables.
    remarkGfm,
    // Links: only http(s), mailto, in-page and site paths keep an href; images become links (no third-party requests).
    remarkSafeLinks,
    // Footnotes would add a "Footnotes" section and ids per text, repeated on pages showing several texts.
    remarkInertFootnotes,
  ],
} satisfies CompileOptions;
