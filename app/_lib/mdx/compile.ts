/**
 * Compiles authored MDX at build time with @mdx-js/mdx, caching each compiled body on disk so no
 * body is compiled twice in a build, whichever render worker asks first, nor again in the next
 * build while nothing it depends on changed. The key is a hash of the source, the compiler's and
 * plugins' versions, the component names and MDX_CACHE_BREAKER (options.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile, run } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import { MDX_CACHE_BREAKER, MDX_OPTIONS } from './options';
import { COMPONENT_NAMES } from './props';

/** Under node_modules/.cache like other build caches: never committed, dropped by a clean install. */
export const MDX_CACHE_DIR = process.env.KB_MDX_CACHE_DIR ?? path.join(process.cwd(), 'node_modules', '.cache', 'kb-mdx');

const version = (pkg: string) => {
  const file = path.join(process.cwd(), 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
};

let keyBase: string | undefined;
/** Everything but the source that decides the compiled output. */
function cacheKeyBase(): string {
  keyBase ??= JSON.stringify({
    breaker: MDX_CACHE_BREAKER,
    mdx: version('@mdx-js/mdx'),
    gfm: version('remark-gfm'),
    components: COMPONENT_NAMES,
    options: { outputFormat: MDX_OPTIONS.outputFormat, development: MDX_OPTIONS.development },
  });
  return keyBase;
}

export const cacheKey = (source: string) => createHash('sha256').update(cacheKeyBase()).update('\0').update(source).digest('hex');

/** Counts for the build's report and the benchmark: compiled now, or read from the cache. */
export const mdxStats = { compiled: 0, cached: 0, compileMs: 0 };

/** The compiled function body of one MDX source (file names the source in compile errors). */
export async function compileMdx(source: string, file: string): Promise<string> {
  const key = cacheKey(source);
  const cached = path.join(MDX_CACHE_DIR, `${key}.js`);
  try {
    const code = readFileSync(cached, 'utf8');
    mdxStats.cached++;
    return code;
  } catch {
    // Not cached yet.
  }
  const t0 = performance.now();
  let code: string;
  try {
    code = String(await compile({ value: source, path: file }, MDX_OPTIONS));
  } catch (e) {
    throw new Error(`${file}: MDX does not compile: ${e instanceof Error ? e.message : String(e)}`);
  }
  mdxStats.compiled++;
  mdxStats.compileMs += performance.now() - t0;
  // Written whole then renamed: a worker reading at the same moment sees the old state or the new file, never half of it.
  mkdirSync(MDX_CACHE_DIR, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, cached);
  return code;
}

/** The page component of one MDX source, ready to render with the component map. */
export async function mdxComponent(source: string, file: string): Promise<MDXContent> {
  const code = await compileMdx(source, file);
  const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
  return mod.default;
}
