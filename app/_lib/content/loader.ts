/**
 * The one loader: reads every content/**.mdx file once per process (memoised), validates its
 * frontmatter with the schema of its kind, and hands the records to the graph. Problems are
 * collected and thrown once, each naming the file and the field.
 *
 * Parsing the YAML of ~6,600 files is most of the cost of a load (seconds), and a build loads
 * the content in every render worker and again in the postbuild script. So the parse step (file
 * bytes → frontmatter object + body, nothing else) can be cached on disk by ParseCache, keyed by
 * the SHA-256 of each file's bytes and of the parsing code. Validation and cross-referencing
 * always run on every load, so a cache can never hide a problem.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { buildGraph, type ContentGraph } from './graph';
import { CONTENT_DIRS, schemas, type ContentKind } from './schema';

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export interface RawRecord {
  kind: ContentKind;
  file: string;
  data: unknown;
  body: string;
}

/**
 * Splits a content file into its YAML frontmatter (parsed) and Markdown body (trimmed) with
 * gray-matter. Its default engine (js-yaml) reads YAML 1.1 (dates → Date, "no" → false), so we
 * give it `yaml`, which reads YAML 1.2 core as the import writes. gray-matter trims the
 * frontmatter; the import never writes block scalars (see write.ts), so trimming cannot change a
 * value. Throws on a file without frontmatter or with invalid YAML.
 */
const MATTER_OPTIONS = { engines: { yaml: (s: string) => (parseYaml(s) ?? {}) as object } };

export function parseContentFile(text: string): { data: unknown; body: string } {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.startsWith('---\n')) throw new Error('the file does not start with a "---" frontmatter line');
  if (!/\n---(?:\n|$)/.test(normalised.slice(3))) throw new Error('the frontmatter has no closing "---" line');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(normalised, MATTER_OPTIONS);
  } catch (e) {
    throw new Error(`not valid YAML: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  return { data: parsed.data ?? {}, body: parsed.content.trim() };
}

interface Unreadable {
  kind: ContentKind;
  file: string;
  problem: string;
}

type Parsed1 = { data: unknown; body: string };

/**
 * A disk cache of parseContentFile results, one JSON file per version of the parsing code:
 * `{ [sha256 of a file's bytes]: { data, body } }`. Only files that parsed, and whose result
 * survives JSON unchanged, are stored; a file that fails to parse is parsed (and fails) again on
 * every load. Any problem reading or writing the cache just means parsing without it.
 */
export class ParseCache {
  private entries: Record<string, Parsed1> | undefined;
  private dirty = false;
  private readonly file: string;

  constructor(
    private readonly dir: string,
    codeKey: string,
  ) {
    this.file = path.join(dir, `parsed-${codeKey.slice(0, 32)}.json`);
  }

  private load(): Record<string, Parsed1> {
    if (!this.entries) {
      try {
        const raw: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
        this.entries = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, Parsed1>) : {};
      } catch {
        this.entries = {};
      }
    }
    return this.entries;
  }

  get(hash: string): Parsed1 | undefined {
    const hit = Object.hasOwn(this.load(), hash) ? this.load()[hash] : undefined;
    return hit && typeof hit === 'object' && typeof hit.body === 'string' && 'data' in hit ? hit : undefined;
  }

  set(hash: string, value: Parsed1): void {
    // YAML 1.2 core gives JSON values, except .inf/.nan (and -0): keep those out of the cache.
    const json = JSON.stringify(value);
    if (!isDeepStrictEqualJson(JSON.parse(json), value)) return;
    this.load()[hash] = value;
    this.dirty = true;
  }

  /** Writes the entries for `used` hashes only (so the file never grows stale), atomically. */
  save(used: ReadonlySet<string>): void {
    const entries = this.load();
    if (!this.dirty && Object.keys(entries).every((h) => used.has(h))) return;
    try {
      const kept: Record<string, Parsed1> = {};
      for (const h of used) if (Object.hasOwn(entries, h)) kept[h] = entries[h]!;
      mkdirSync(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(kept));
      renameSync(tmp, this.file);
      // Caches for older versions of the parsing code are dead weight.
      for (const name of readdirSync(this.dir)) {
        if (name.startsWith('parsed-') && name.endsWith('.json') && path.join(this.dir, name) !== this.file) rmSync(path.join(this.dir, name), { force: true });
      }
    } catch {
      // A read-only or full disk: the next load parses again.
    }
    this.dirty = false;
  }
}

function isDeepStrictEqualJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype && !Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && isDeepStrictEqualJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * What the parse of a file depends on besides its bytes: this file (parseContentFile) and the
 * versions of gray-matter and yaml. Undefined (no cache) when any of them cannot be read.
 */
export function parseCodeKey(projectRoot = process.cwd()): string | undefined {
  try {
    const hash = createHash('sha256').update('kb-parse-cache-v1\0');
    for (const f of ['app/_lib/content/loader.ts', 'node_modules/gray-matter/package.json', 'node_modules/yaml/package.json']) {
      hash.update(f).update('\0').update(readFileSync(path.join(projectRoot, f))).update('\0');
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

function readAll(root: string, cache?: ParseCache): { records: RawRecord[]; unreadable: Unreadable[] } {
  const records: RawRecord[] = [];
  const unreadable: Unreadable[] = [];
  const used = new Set<string>();
  for (const [kind, dir] of Object.entries(CONTENT_DIRS) as [ContentKind, string][]) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.mdx')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.posix.join('content', dir, name);
      let parsed: Parsed1 | undefined;
      try {
        const bytes = readFileSync(path.join(root, dir, name));
        const hash = cache && createHash('sha256').update(bytes).digest('hex');
        parsed = hash ? cache.get(hash) : undefined;
        if (!parsed) {
          parsed = parseContentFile(bytes.toString('utf8'));
          if (hash) cache.set(hash, parsed);
        }
        if (hash) used.add(hash);
      } catch (e) {
        const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
        unreadable.push({ kind, file, problem: `${file}: (frontmatter): ${message}` });
        continue;
      }
      records.push({ kind, file, data: parsed.data, body: parsed.body });
    }
  }
  cache?.save(used);
  return { records, unreadable };
}

/** Reads every content file; throws a ContentError naming each file whose frontmatter is not YAML. */
export function readRecords(root: string): RawRecord[] {
  const { records, unreadable } = readAll(root);
  if (unreadable.length) throw new ContentError(unreadable.map((u) => u.problem));
  return records;
}

type Parsed = { [K in ContentKind]: ({ kind: K } & Record<string, unknown> & { file: string; body: string })[] };

export function validateRecords(records: readonly RawRecord[]): { parsed: Parsed; problems: string[] } {
  const problems: string[] = [];
  const parsed = Object.fromEntries(Object.keys(CONTENT_DIRS).map((k) => [k, []])) as unknown as Parsed;
  for (const r of records) {
    const result = schemas[r.kind].safeParse(r.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${r.file}: ${issue.path.length ? issue.path.join('.') : '(frontmatter)'}: ${issue.message}`);
      }
      continue;
    }
    const stem = path.basename(r.file, '.mdx');
    const data = result.data as { kind: ContentKind; id?: string };
    if (data.kind !== r.kind) problems.push(`${r.file}: kind: "${data.kind}" in the ${CONTENT_DIRS[r.kind]}/ folder`);
    if (data.id && data.id.replace(/&/g, '') !== stem) problems.push(`${r.file}: id: "${data.id}" does not match the file name`);
    (parsed[r.kind] as unknown[]).push({ ...data, file: r.file, body: r.body });
  }
  return { parsed, problems };
}

const slug = (id: string) => id.replace(/&/g, '');

/**
 * Loads, validates and cross-references a content folder; throws one ContentError listing every
 * problem (unreadable files, invalid frontmatter, unknown ids, dangling links, unresolved
 * citations), each naming the file and the field.
 */
export function loadContentFrom(root: string, options: { cache?: ParseCache } = {}): ContentGraph {
  const { records, unreadable } = readAll(root, options.cache);
  const { parsed, problems } = validateRecords(records);
  // A file that failed is reported once: its id is not reported again as unknown wherever other
  // files refer to it. Ids come from the frontmatter where readable, else from the file name.
  const valid = new Set(Object.values(parsed).flat().map((r) => r.file));
  const failed = [...records.filter((r) => !valid.has(r.file)), ...unreadable.map((u) => ({ ...u, data: undefined }))];
  const invalidIds = new Set<string>();
  for (const r of failed) {
    invalidIds.add(path.posix.basename(r.file, '.mdx'));
    const id = (r.data as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') invalidIds.add(slug(id));
  }
  const metaInvalid = failed.some((r) => r.kind === 'site-meta');
  const { graph, problems: refProblems } = buildGraph(parsed as never, { invalidIds, metaInvalid });
  const all = [...unreadable.map((u) => u.problem), ...problems, ...refProblems];
  if (all.length) throw new ContentError(all);
  return graph;
}

/**
 * Where getContent keeps its parse cache: node_modules/.cache (like other build tools), so it
 * survives `rm -rf .next out`; `KB_CONTENT_CACHE=off` disables it, any other value is a folder.
 */
export function defaultParseCache(): ParseCache | undefined {
  const setting = process.env.KB_CONTENT_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  const key = parseCodeKey();
  if (!key) return undefined;
  return new ParseCache(setting || path.join(process.cwd(), 'node_modules', '.cache', 'kb-content'), key);
}

/**
 * The memo lives on globalThis: the bundler gives each route bundle (pages, route handlers,
 * sitemap) its own instance of this module, and a module-level memo loaded the content once per
 * instance, several times per build worker.
 */
const MEMO = Symbol.for('attack-ccm-kb.content-graphs');
const memo = ((globalThis as { [MEMO]?: Map<string, ContentGraph> })[MEMO] ??= new Map<string, ContentGraph>());

/** The site's content, loaded once per process. */
export function getContent(root = path.join(process.cwd(), 'content')): ContentGraph {
  let graph = memo.get(root);
  if (!graph) {
    graph = loadContentFrom(root, { cache: defaultParseCache() });
    memo.set(root, graph);
  }
  return graph;
}
