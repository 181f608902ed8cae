/**
 * The one loader: reads every content/**.mdx file once per process (memoised), validates its
 * frontmatter with the schema of its kind, and hands the records to the graph. Problems are
 * collected and thrown once, each naming the file and the field.
 *
 * Each worker that renders pages loads the content once. Parsing 8,582 files' YAML takes ~3 s,
 * so the first process of a build caches the parse by the files' hash (readAll) and the others
 * read it in ~0.6 s; validation and cross-referencing run on every load, so nothing can hide a
 * problem.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { buildGraph, type ContentGraph } from './graph';
import { contentRoot } from './root';
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
  /** Line of the file where the body starts. */
  bodyLine?: number;
}

/**
 * Splits a content file into its YAML frontmatter (parsed) and Markdown body (trimmed) with
 * gray-matter. Its default engine (js-yaml 3) reads YAML 1.1 (dates → Date, "no" → false), so we
 * give it js-yaml 5 with the YAML 1.2 core schema, which is what the import writes (checked
 * against the `yaml` package's parse of every content file: identical, and 7× faster). gray-matter
 * trims the frontmatter; the import never writes block scalars (see write.ts), so trimming cannot
 * change a value. Throws on a file without frontmatter or with invalid YAML.
 */
const MATTER_OPTIONS = { engines: { yaml: (s: string) => (loadYaml(s, { schema: CORE_SCHEMA }) ?? {}) as object } };

export function parseContentFile(text: string): { data: unknown; body: string; bodyLine: number } {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.startsWith('---\n')) throw new Error('the file does not start with a "---" frontmatter line');
  if (!/\n---(?:\n|$)/.test(normalised.slice(3))) throw new Error('the frontmatter has no closing "---" line');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(normalised, MATTER_OPTIONS);
  } catch (e) {
    throw new Error(`not valid YAML: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  const body = parsed.content.trim();
  // The body's first line in the file, for problems reported by line (authored MDX).
  const at = body ? normalised.lastIndexOf(body) : -1;
  const bodyLine = at < 0 ? 1 : normalised.slice(0, at).split('\n').length;
  return { data: parsed.data ?? {}, body, bodyLine };
}

interface Unreadable {
  kind: ContentKind;
  file: string;
  problem: string;
}

/**
 * Parsed content, cached on disk by a hash of every file's path and text and of the parser: a
 * build loads the content in ~6 processes (the prose compile, the content-file writer, Next's
 * render workers), each parsing 8,582 files' YAML (~3 s); the first one writes the records as
 * JSON and the others read that (~0.3 s). A changed file changes the key, so a stale parse is
 * never read. Not used when the parse found unreadable files (they are reported every time).
 * BUMP PARSE_CACHE_VERSION when parseContentFile or the record shape changes.
 */
const PARSE_CACHE_VERSION = 1;
const PARSE_CACHE_DIR = process.env.KB_CONTENT_CACHE_DIR ?? path.join(process.cwd(), 'node_modules', '.cache', 'kb-content');
const PARSE_CACHE_KEEP = 4;
/** Fewer files parse in moments (test fixtures): not worth a cache entry that would push out the site's. */
const PARSE_CACHE_MIN_FILES = 500;

let parserVersions: string | undefined;
function parserKey(): string {
  if (parserVersions === undefined) {
    const version = (pkg: string) => {
      try {
        return (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
      } catch {
        return '?';
      }
    };
    parserVersions = `${PARSE_CACHE_VERSION} js-yaml ${version('js-yaml')} gray-matter ${version('gray-matter')}`;
  }
  return parserVersions;
}

/** JSON keeps every value YAML's core schema gives but non-finite numbers: such a parse is not cached. */
const jsonSafe = (_key: string, value: unknown) => {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not JSON-safe');
  return value;
};

/** Where a content folder's parse is cached (tests look). */
export const parseCacheDir = () => PARSE_CACHE_DIR;

function readCached(key: string): { records: RawRecord[]; unreadable: Unreadable[] } | null {
  try {
    const records = JSON.parse(readFileSync(path.join(PARSE_CACHE_DIR, `${key}.json`), 'utf8')) as RawRecord[];
    return { records, unreadable: [] };
  } catch {
    return null;
  }
}

function writeCached(key: string, records: RawRecord[]): void {
  try {
    const text = JSON.stringify(records, jsonSafe);
    mkdirSync(PARSE_CACHE_DIR, { recursive: true });
    const file = path.join(PARSE_CACHE_DIR, `${key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    // Keep the newest few (a checkout switched back and forth), drop the rest.
    const old = readdirSync(PARSE_CACHE_DIR)
      .filter((n) => n.endsWith('.json'))
      .map((n) => ({ n, t: statSync(path.join(PARSE_CACHE_DIR, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(PARSE_CACHE_KEEP);
    for (const { n } of old) rmSync(path.join(PARSE_CACHE_DIR, n), { force: true });
  } catch {
    // A cache that cannot be written (read-only install, odd values) only costs the next load its time.
  }
}

function readAll(root: string): { records: RawRecord[]; unreadable: Unreadable[] } {
  const files: { kind: ContentKind; file: string; text: string }[] = [];
  const hash = createHash('sha256').update(parserKey()).update('\0').update(path.resolve(root));
  for (const [kind, dir] of Object.entries(CONTENT_DIRS) as [ContentKind, string][]) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.mdx')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.posix.join('content', dir, name);
      const text = readFileSync(path.join(root, dir, name), 'utf8');
      files.push({ kind, file, text });
      hash.update('\0').update(kind).update('\0').update(file).update('\0').update(text);
    }
  }
  const key = hash.digest('hex');
  const cacheable = files.length >= PARSE_CACHE_MIN_FILES;
  const cached = cacheable ? readCached(key) : null;
  if (cached) return cached;
  const records: RawRecord[] = [];
  const unreadable: Unreadable[] = [];
  for (const { kind, file, text } of files) {
    let parsed: { data: unknown; body: string; bodyLine: number };
    try {
      parsed = parseContentFile(text);
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      unreadable.push({ kind, file, problem: `${file}: (frontmatter): ${message}` });
      continue;
    }
    records.push({ kind, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine });
  }
  if (cacheable && !unreadable.length) writeCached(key, records);
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
    const pageSlug = (data as { slug?: string }).slug;
    if (pageSlug && pageSlug !== stem) problems.push(`${r.file}: slug: "${pageSlug}" does not match the file name`);
    (parsed[r.kind] as unknown[]).push({ ...data, file: r.file, body: r.body, ...(r.kind === 'page' ? { bodyLine: r.bodyLine ?? 1 } : {}) });
  }
  return { parsed, problems };
}

const slug = (id: string) => id.replace(/&/g, '');

/**
 * Loads, validates and cross-references a content folder; throws one ContentError listing every
 * problem (unreadable files, invalid frontmatter, unknown ids, dangling links, unresolved
 * citations), each naming the file and the field.
 */
export function loadContentFrom(root: string): ContentGraph {
  const { records, unreadable } = readAll(root);
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
  const bodyLines = new Map(records.map((r) => [r.file, r.bodyLine ?? 1]));
  const { graph, problems: refProblems } = buildGraph(parsed as never, { invalidIds, metaInvalid, bodyLines });
  const all = [...unreadable.map((u) => u.problem), ...problems, ...refProblems];
  if (all.length) throw new ContentError(all);
  return graph;
}

/**
 * The memo lives on globalThis: the bundler gives each route bundle (pages, route handlers,
 * sitemap) its own instance of this module, and a module-level memo loaded the content once per
 * instance, several times per build worker.
 */
const MEMO = Symbol.for('attack-ccm-kb.content-graphs');
const memo = ((globalThis as { [MEMO]?: Map<string, ContentGraph> })[MEMO] ??= new Map<string, ContentGraph>());

/** The site's content (or, with KB_SNAPSHOT set, a snapshot's: root.ts), loaded once per process. */
export function getContent(root = contentRoot()): ContentGraph {
  let graph = memo.get(root);
  if (!graph) {
    graph = loadContentFrom(root);
    memo.set(root, graph);
  }
  return graph;
}
