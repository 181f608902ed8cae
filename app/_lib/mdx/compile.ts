/**
 * Compiles authored MDX at build time with @mdx-js/mdx, caching each compiled body on disk so no
 * body is compiled twice in a build, whichever render worker asks first, nor again in the next
 * build while nothing it depends on changed. The key is a hash of the source, the compiler's and
 * plugins' versions, the component names and MDX_CACHE_BREAKER (options.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile, createProcessor, run, runSync } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import { MDX_CACHE_BREAKER, MDX_OPTIONS } from './options';
import { COMPONENT_NAMES } from './props';
import { collectUsages, type Usage } from './rules';

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

/**
 * One compiled prose text (upstream prose the import wrote as MDX), as cached: the compiled
 * function body, what it uses (for the graph's checks, on every load), the sources it cites in
 * order (so a page numbers them before rendering), and whether it is one paragraph (so a table
 * cell can show it without the paragraph). `error`: it does not compile (the graph reports it).
 */
export interface CompiledProse {
  code: string;
  usages: Usage[];
  cites: string[];
  single: boolean;
  error?: { line: number; message: string };
}

/** The one processor of these options, made once (making one per text cost as much as compiling it). */
let processor: ReturnType<typeof createProcessor> | undefined;
function proseProcessor() {
  processor ??= createProcessor({
    ...MDX_OPTIONS,
    // Reads what the text uses off the tree the compiler parsed, so nothing is parsed twice.
    remarkPlugins: [...MDX_OPTIONS.remarkPlugins, () => (tree: Root, file: { data: Record<string, unknown> }) => {
      file.data.kbUsages = collectUsages(tree);
      file.data.kbSingle = tree.children.length === 1 && tree.children[0]!.type === 'paragraph';
    }],
  });
  return processor;
}

interface ProseMemo {
  map: Map<string, CompiledProse>;
  run: Map<string, MDXContent>;
}
/** On globalThis: each route bundle has its own instance of this module; a worker renders them all. */
const PROSE_MEMO = Symbol.for('attack-ccm-kb.prose-compiled');
const proseMemo: ProseMemo = ((globalThis as { [PROSE_MEMO]?: ProseMemo })[PROSE_MEMO] ??= { map: new Map(), run: new Map() });

/**
 * A prose text compiled, from this process's memo, the disk cache (shared by every process of a
 * build: the first to need a text compiles it), or compiled now. Synchronous: views number
 * citations as they build a page.
 */
const proseCachePath = (source: string) => {
  const key = cacheKey(`prose\0${source}`);
  return path.join(MDX_CACHE_DIR, key.slice(0, 2), `${key}.json`);
};

/** Whether the disk cache holds this text's compile (a stat, nothing read). */
export const isProseCached = (source: string) => existsSync(proseCachePath(source));

export function compileProse(source: string): CompiledProse {
  const hit = proseMemo.map.get(source);
  if (hit) return hit;
  const cached = proseCachePath(source);
  let made: CompiledProse | undefined;
  try {
    made = JSON.parse(readFileSync(cached, 'utf8')) as CompiledProse;
    mdxStats.cached++;
  } catch {
    // Not cached yet.
  }
  if (!made) {
    const t0 = performance.now();
    try {
      const file = proseProcessor().processSync(source);
      const cites: string[] = [];
      const usages = file.data.kbUsages as Usage[];
      for (const u of usages) if (u.type === 'jsx' && u.name === 'Cite' && u.props.source) cites.push(u.props.source);
      made = { code: String(file), usages, cites, single: file.data.kbSingle === true };
    } catch (e) {
      const err = e as { line?: number; reason?: string; message?: string };
      made = { code: '', usages: [], cites: [], single: false, error: { line: err.line ?? 1, message: err.reason ?? err.message ?? String(e) } };
    }
    mdxStats.compiled++;
    mdxStats.compileMs += performance.now() - t0;
    mkdirSync(path.dirname(cached), { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(made));
    renameSync(tmp, cached);
  }
  proseMemo.map.set(source, made);
  return made;
}

/** The component of a compiled prose text (evaluated once per process). */
export function proseComponent(source: string): MDXContent {
  let c = proseMemo.run.get(source);
  if (!c) {
    const compiled = compileProse(source);
    if (compiled.error) throw new Error(`prose does not compile: ${compiled.error.message}`);
    c = (runSync(compiled.code, { ...runtime, baseUrl: import.meta.url }) as { default: MDXContent }).default;
    proseMemo.run.set(source, c);
  }
  return c;
}
