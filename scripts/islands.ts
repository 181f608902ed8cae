/**
 * The exported site ships no Next.js client runtime. Every page is a document: its HTML is the
 * whole page, and the few interactive parts are islands (components/islands) hydrated by one
 * small module. Next's App Router would otherwise put the page's RSC payload inline (a second,
 * JSON-escaped copy of everything on the page, as large as the HTML itself) and load ~140 KB of
 * router and framework code that a read-only page never uses.
 *
 * 1. bundleIslands(): bundles components/islands/client.ts with esbuild (ES modules, one chunk per
 *    island, loaded on demand) into out/_next/static/kb/, using the same React build that Next
 *    rendered the server HTML with, so hydration matches.
 * 2. toDocument(): removes Next's scripts, script preloads and inline payload from a page and
 *    adds the islands module. Fails loudly on anything it would break (a streamed Suspense
 *    boundary still waiting for its script).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { THEME_BOOT_SCRIPT } from '../components/layout/ThemeToggle';
import { ISLAND_ATTR } from '../components/islands/attrs';
import { SITE_BASE_PATH, SNAPSHOT } from '../app/_lib/urls';

const require = createRequire(import.meta.url);

export const ISLANDS_DIR = '_next/static/kb';

export interface IslandsBundle {
  /** Site path of the entry module, without base path (e.g. /_next/static/kb/islands-AB12.js). */
  entry: string;
  /** Every file written, as site paths. */
  files: string[];
  /**
   * Modules to preload (site paths): `entry`, the chunks the entry imports statically (every page
   * needs them before anything hydrates), and per lazy island the chunks it needs, so a page
   * fetches them in parallel with the entry instead of one round trip after another.
   */
  preloads: { entry: string[]; islands: Record<string, string[]> };
}

/**
 * Modules a lazy island is sure to import dynamically as soon as it mounts, preloaded with it:
 * the search page builds its engine (FlexSearch + scoring) at once to answer the query in its URL.
 */
const ISLAND_EXTRA_MODULES: Record<string, string[]> = { SearchPage: ['app/_lib/search/engine.ts'] };

export async function bundleIslands(outDir: string, env: { basePath: string; origin: string }): Promise<IslandsBundle> {
  const root = process.cwd();
  const nextDir = path.dirname(require.resolve('next/package.json'));
  const result = await build({
    entryPoints: { islands: path.join(root, 'components/islands/client.ts') },
    outdir: path.join(outDir, ISLANDS_DIR),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'linked',
    entryNames: '[name]-[hash]',
    chunkNames: 'c-[hash]',
    metafile: true,
    logLevel: 'warning',
    jsx: 'automatic',
    tsconfig: path.join(root, 'tsconfig.json'),
    // The React that Next rendered the HTML with (its own compiled copy), so hydration agrees.
    alias: {
      react: path.join(nextDir, 'dist/compiled/react'),
      'react-dom': path.join(nextDir, 'dist/compiled/react-dom'),
    },
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env.NEXT_PUBLIC_KB_BASE_PATH': JSON.stringify(env.basePath),
      'process.env.NEXT_PUBLIC_KB_ORIGIN': JSON.stringify(env.origin),
      'process.env.NEXT_PUBLIC_KB_SITE_BASE_PATH': JSON.stringify(SITE_BASE_PATH),
      'process.env.NEXT_PUBLIC_KB_SNAPSHOT': JSON.stringify(SNAPSHOT ?? ''),
      'process.env.KB_BASE_PATH': 'undefined',
      'process.env.KB_SNAPSHOT': 'undefined',
      'process.env.KB_ORIGIN': 'undefined',
    },
    loader: { '.css': 'empty' },
  });
  const outputs = Object.keys(result.metafile.outputs).map((f) => '/' + path.relative(outDir, path.resolve(root, f)).split(path.sep).join('/'));
  const entry = outputs.find((f) => /\/islands-[^/]+\.js$/.test(f));
  if (!entry) throw new Error('islands: esbuild wrote no entry module');
  return { entry, files: outputs, preloads: modulePreloads(result.metafile, outDir, root) };
}

/** Static-import closures from esbuild's metafile (see IslandsBundle.preloads). */
function modulePreloads(meta: Metafile, outDir: string, root: string): IslandsBundle['preloads'] {
  const site = (f: string) => '/' + path.relative(outDir, path.resolve(root, f)).split(path.sep).join('/');
  const closure = (start: string): string[] => {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f) || !f.endsWith('.js')) return;
      seen.add(f);
      for (const i of meta.outputs[f]?.imports ?? []) if (i.kind === 'import-statement') walk(i.path);
    };
    walk(start);
    return [...seen].map(site);
  };
  const byEntryPoint = new Map(Object.entries(meta.outputs).flatMap(([f, o]) => (o.entryPoint && f.endsWith('.js') ? [[o.entryPoint, f] as const] : [])));
  const entryFile = byEntryPoint.get('components/islands/client.ts');
  if (!entryFile) throw new Error('islands: no output for components/islands/client.ts in the metafile');
  const islands: Record<string, string[]> = {};
  // A lazy island's chunk is the output whose entry point is its component's file (<Name>.tsx).
  for (const [entryPoint, f] of byEntryPoint) {
    const m = /\/([A-Z][A-Za-z0-9]*)\.tsx$/.exec(entryPoint);
    if (m) islands[m[1]!] = closure(f);
  }
  for (const [name, modules] of Object.entries(ISLAND_EXTRA_MODULES)) {
    if (!islands[name]) throw new Error(`islands: ISLAND_EXTRA_MODULES names ${name}, which is not a lazy island chunk`);
    for (const mod of modules) {
      const f = byEntryPoint.get(mod);
      if (!f) throw new Error(`islands: ISLAND_EXTRA_MODULES: ${mod} is not a dynamically imported module of the bundle`);
      islands[name] = [...new Set([...islands[name]!, ...closure(f)])];
    }
  }
  return { entry: closure(entryFile).filter((f) => f !== site(entryFile)), islands };
}

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const KEEP_TYPES = /\stype="application\/(?:ld\+)?json"/i;

/**
 * The page as a plain document: Next's scripts, script preloads and inline RSC payload removed,
 * our theme script kept, the islands module added. `file` names the page in errors.
 */
export function toDocument(html: string, islandsSrc: string, file: string, preloads?: { entry: string[]; islands: Record<string, string[]>; href: (sitePath: string) => string }): string {
  if (/\$RC\(|\$RS\(|<template id="B:/.test(html)) {
    throw new Error(`${file}: a Suspense boundary was streamed (its content waits for a script); render it fully on the server`);
  }
  let themeScripts = 0;
  let out = html.replace(SCRIPT_RE, (whole, attrs: string, body: string) => {
    if (KEEP_TYPES.test(attrs)) return whole;
    if (!/\ssrc=/.test(attrs) && body === THEME_BOOT_SCRIPT) {
      themeScripts++;
      return whole;
    }
    return '';
  });
  // Script preloads (rel=preload as=script, rel=modulepreload) for the chunks just removed.
  out = out.replace(/<link\b[^>]*>/gi, (tag) => (/\sas="script"/i.test(tag) || /\srel="modulepreload"/i.test(tag) ? '' : tag));
  if (themeScripts !== 1) throw new Error(`${file}: expected the theme script once, found it ${themeScripts} times`);
  if (/__next_f|TURBOPACK|\/_next\/static\/chunks\/[^"]*\.js/.test(out)) throw new Error(`${file}: Next runtime references remain after stripping`);
  const tag = `<script type="module" src="${islandsSrc}"></script>`;
  if (!out.includes('</head>')) throw new Error(`${file}: no </head>`);
  let hints = '';
  if (preloads) {
    // The entry's chunks, then those of each lazy island on the page: one parallel fetch, not a waterfall.
    const names = new Set([...out.matchAll(new RegExp(`\\s${ISLAND_ATTR}="([^"]+)"`, 'g'))].map((m) => m[1]!));
    const modules = new Set(preloads.entry);
    for (const name of names) for (const m of preloads.islands[name] ?? []) modules.add(m);
    hints = [...modules].map((m) => `<link rel="modulepreload" href="${preloads.href(m)}"/>`).join('');
  }
  return out.replace('</head>', `${tag}${hints}</head>`);
}
