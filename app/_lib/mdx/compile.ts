/**
 * Compiles authored MDX at build time with @mdx-js/mdx, caching each compiled body on disk so no
 * body is compiled twice in a build, whichever render worker asks first, nor again in the next
 * build while nothing it depends on changed. The key is a hash of the source, the compiler's and
 * plugins' versions, the component names and MDX_CACHE_BREAKER (options.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
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
 * What the compile of one prose text (upstream prose the import wrote as MDX) found, as cached:
 * what it uses (for the graph's checks, on every load), the sources it cites in order (so a page
 * numbers them before rendering), and whether it is one paragraph (so a table cell can show it
 * without the paragraph). `error`: it does not compile (the graph reports it). The compiled code
 * is cached beside it and read only by a process that renders the text (proseComponent): every
 * process loads the facts of all 23,736 texts, each render worker the code of those it shows.
 */
export interface CompiledProse {
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
  /** The packs' indexes (packIndex), read once per process. */
  packs?: Packs;
}

/**
 * Many texts compiled together (a build's compile processes) are cached as one pack instead of
 * two files per text: `packs/<name>.js` holds their code end to end, `packs/<name>.idx.json` each
 * text's key, facts and byte range. Writing 47,000 small files was ~8 s of a clean build's prose
 * step (kernel time, on both compile processes). The index is written last, so a reader that
 * sees it finds the code whole. Keys are the same as the per-text files', so either answers.
 */
interface Packs {
  index: Map<string, { facts: CompiledProse; pack: number; at: number; bytes: number }>;
  files: string[];
}
const PACK_DIR = () => path.join(MDX_CACHE_DIR, 'packs');
/** Fewer texts than this go to per-text files: a pack per handful would only add files to open. */
const PACK_MIN = 100;
/** On globalThis: each route bundle has its own instance of this module; a worker renders them all. */
const PROSE_MEMO = Symbol.for('attack-ccm-kb.prose-compiled');
const proseMemo: ProseMemo = ((globalThis as { [PROSE_MEMO]?: ProseMemo })[PROSE_MEMO] ??= { map: new Map(), run: new Map() });

const proseKey = (source: string) => cacheKey(`prose\0${source}`);
/** The cache files of one text, without extension (`.json` facts, `.js` code). */
const proseCachePath = (source: string) => {
  const key = proseKey(source);
  return path.join(MDX_CACHE_DIR, key.slice(0, 2), key);
};

function packIndex(): Packs {
  if (!proseMemo.packs) {
    const packs: Packs = { index: new Map(), files: [] };
    let names: string[] = [];
    try {
      names = readdirSync(PACK_DIR()).filter((n) => n.endsWith('.idx.json')).sort();
    } catch {
      // No packs yet.
    }
    for (const name of names) {
      const pack = packs.files.length;
      packs.files.push(path.join(PACK_DIR(), name.replace(/\.idx\.json$/, '.js')));
      const idx = JSON.parse(readFileSync(path.join(PACK_DIR(), name), 'utf8')) as Record<string, [CompiledProse, number, number]>;
      for (const [key, [facts, at, bytes]] of Object.entries(idx)) packs.index.set(key, { facts, pack, at, bytes });
    }
    proseMemo.packs = packs;
  }
  return proseMemo.packs;
}

/** One text's compiled code from its pack. */
function packCode(entry: { pack: number; at: number; bytes: number }): string {
  const fd = openSync(packIndex().files[entry.pack]!, 'r');
  try {
    const buf = Buffer.alloc(entry.bytes);
    readSync(fd, buf, 0, entry.bytes, entry.at);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether the disk cache holds this text's compile (a pack's index, or a stat: nothing read). */
export const isProseCached = (source: string) => packIndex().index.has(proseKey(source)) || existsSync(`${proseCachePath(source)}.json`);

/** Written whole then renamed: a worker reading at the same moment sees no file or the whole file. */
function writeAtomically(file: string, text: string | Buffer) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Compiles one text now and, unless `write` is false, caches its facts and code; returns both. */
function compileProseNow(source: string, base: string, write = true): { facts: CompiledProse; code: string } {
  const t0 = performance.now();
  let facts: CompiledProse;
  let code = '';
  try {
    const file = proseProcessor().processSync(source);
    const usages = file.data.kbUsages as Usage[];
    const cites: string[] = [];
    for (const u of usages) if (u.type === 'jsx' && u.name === 'Cite' && u.props.source) cites.push(u.props.source);
    facts = { usages, cites, single: file.data.kbSingle === true };
    code = String(file);
  } catch (e) {
    const err = e as { line?: number; reason?: string; message?: string };
    facts = { usages: [], cites: [], single: false, error: { line: err.line ?? 1, message: err.reason ?? err.message ?? String(e) } };
  }
  mdxStats.compiled++;
  mdxStats.compileMs += performance.now() - t0;
  if (!write) return { facts, code };
  // Code first: whoever sees the facts file finds the code too.
  writeAtomically(`${base}.js`, code);
  writeAtomically(`${base}.json`, JSON.stringify(facts));
  return { facts, code };
}

/**
 * What a prose text uses and cites, from this process's memo, the disk cache (shared by every
 * process of a build: the first to need a text compiles it), or compiled now. Synchronous: views
 * number citations as they build a page.
 */
export function compileProse(source: string): CompiledProse {
  const hit = proseMemo.map.get(source);
  if (hit) return hit;
  const packed = packIndex().index.get(proseKey(source));
  if (packed) {
    mdxStats.cached++;
    proseMemo.map.set(source, packed.facts);
    return packed.facts;
  }
  const base = proseCachePath(source);
  let facts: CompiledProse;
  try {
    facts = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as CompiledProse;
    mdxStats.cached++;
  } catch {
    facts = compileProseNow(source, base).facts;
  }
  proseMemo.map.set(source, facts);
  return facts;
}

/**
 * The facts of many texts at once (the graph's check of all prose on load): one pack file per set
 * of texts, written by the first process that loaded that set, so each later process reads one
 * file instead of one per text (23,736 reads took longer than the rest of the load).
 */
export function preloadProse(texts: Iterable<string>): void {
  const packs = packIndex().index;
  const list = [...new Set(texts)].filter((t) => {
    if (proseMemo.map.has(t)) return false;
    const packed = packs.get(proseKey(t));
    if (!packed) return true;
    proseMemo.map.set(t, packed.facts);
    mdxStats.cached++;
    return false;
  });
  if (list.length < 100) return;
  const keys = list.map((t) => cacheKey(`prose\0${t}`));
  const packKey = createHash('sha256').update([...keys].sort().join('\n')).digest('hex');
  const pack = path.join(MDX_CACHE_DIR, `pack-${packKey}.json`);
  try {
    const facts = JSON.parse(readFileSync(pack, 'utf8')) as Record<string, CompiledProse>;
    list.forEach((t, i) => {
      const f = facts[keys[i]!];
      if (f) proseMemo.map.set(t, f);
    });
    mdxStats.cached += list.length;
    return;
  } catch {
    // Not packed yet: read (or compile) each, then pack them.
  }
  const facts: Record<string, CompiledProse> = {};
  list.forEach((t, i) => (facts[keys[i]!] = compileProse(t)));
  writeAtomically(pack, JSON.stringify(facts));
}

/** The component of a compiled prose text (its code read and evaluated once per process). */
export function proseComponent(source: string): MDXContent {
  let c = proseMemo.run.get(source);
  if (!c) {
    const facts = compileProse(source);
    if (facts.error) throw new Error(`prose does not compile: ${facts.error.message}`);
    const base = proseCachePath(source);
    const packed = packIndex().index.get(proseKey(source));
    let code: string;
    try {
      code = packed ? packCode(packed) : readFileSync(`${base}.js`, 'utf8');
    } catch {
      code = compileProseNow(source, base).code;
    }
    c = (runSync(code, { ...runtime, baseUrl: import.meta.url }) as { default: MDXContent }).default;
    proseMemo.run.set(source, c);
  }
  return c;
}

/**
 * Compiles every text of `sources` the cache does not hold and caches them together: one pack
 * (PACK_MIN or more texts) or per-text files. Returns how many were compiled. The build's prose
 * step calls this in each of its processes with its share of the texts.
 */
export function compileProseMany(sources: Iterable<string>): number {
  const todo = [...new Set(sources)].filter((t) => !proseMemo.map.has(t) && !isProseCached(t));
  if (todo.length < PACK_MIN) {
    for (const t of todo) compileProse(t);
    return todo.length;
  }
  const chunks: Buffer[] = [];
  const idx: Record<string, [CompiledProse, number, number]> = {};
  let at = 0;
  for (const t of todo) {
    const { facts, code } = compileProseNow(t, '', false);
    const buf = Buffer.from(code, 'utf8');
    idx[proseKey(t)] = [facts, at, buf.length];
    chunks.push(buf);
    at += buf.length;
    proseMemo.map.set(t, facts);
  }
  const name = `${createHash('sha256').update(Object.keys(idx).join('\n')).digest('hex').slice(0, 24)}-${process.pid}`;
  writeAtomically(path.join(PACK_DIR(), `${name}.js`), Buffer.concat(chunks));
  writeAtomically(path.join(PACK_DIR(), `${name}.idx.json`), JSON.stringify(idx));
  // This process's own index now knows the new pack too.
  proseMemo.packs = undefined;
  return todo.length;
}
