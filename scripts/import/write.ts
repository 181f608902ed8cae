/**
 * Serialises records to MDX files (YAML frontmatter + Markdown body) and writes or checks them.
 * Byte-for-byte deterministic: key order is insertion order, no line folding, LF endings.
 * No block scalars (blockQuote: false): multi-line strings are double-quoted, so a reader that
 * trims the frontmatter (gray-matter does) reads exactly what was written.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { CONTENT_DIRS, type ContentKind } from '../../app/_lib/content/schema';
import type { ContentRecord } from './attack';

export function serialise(record: ContentRecord): string {
  // doubleQuotedAsJSON: `yaml` folds long double-quoted strings over several lines, and that
  // folding corrupts some (e.g. "…\n\n \n…" comes back with a backslash): JSON escapes on one
  // line always read back as written.
  const yaml = stringify(record.frontmatter, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, doubleQuotedAsJSON: true, blockQuote: false });
  const body = record.body.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

export function filesFor(records: readonly ContentRecord[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of records) {
    const dir = CONTENT_DIRS[r.kind as ContentKind];
    if (!dir) throw new Error(`no content folder for kind ${r.kind}`);
    const rel = `${dir}/${r.file}.mdx`;
    if (files.has(rel)) throw new Error(`two records write ${rel}`);
    files.set(rel, serialise(r));
  }
  return files;
}

async function existing(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const dir of Object.values(CONTENT_DIRS)) {
    let names: string[] = [];
    try {
      names = await readdir(path.join(root, dir));
    } catch {
      continue;
    }
    for (const n of names) if (n.endsWith('.mdx')) out.set(`${dir}/${n}`, await readFile(path.join(root, dir, n), 'utf8'));
  }
  return out;
}

/** Differences between what the import would write and what is on disk. */
export async function diff(root: string, files: Map<string, string>) {
  const disk = await existing(root);
  const changed = [...files].filter(([f, text]) => disk.has(f) && disk.get(f) !== text).map(([f]) => f);
  const added = [...files.keys()].filter((f) => !disk.has(f));
  const removed = [...disk.keys()].filter((f) => !files.has(f));
  return { changed, added, removed };
}

export async function write(root: string, files: Map<string, string>) {
  const d = await diff(root, files);
  for (const f of d.removed) await rm(path.join(root, f));
  for (const f of [...d.added, ...d.changed]) {
    await mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await writeFile(path.join(root, f), files.get(f)!);
  }
  return d;
}
