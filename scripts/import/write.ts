/**
 * Serialises records to MDX files (YAML frontmatter + MDX body: scripts/import/text.ts toMdx) and writes or checks them.
 * Byte-for-byte deterministic: key order is insertion order, no line folding, LF endings.
 * No block scalars (blockQuote: false): multi-line strings are double-quoted, so a reader that
 * trims the frontmatter (gray-matter does) reads exactly what was written.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  CAMPAIGN_ID,
  CCM_CONTROL_ID,
  CCM_DOMAIN_ID,
  CONTENT_DIRS,
  GENERATED_KINDS,
  type GeneratedKind,
  DATA_COMPONENT_ID,
  DATA_SOURCE_ID,
  DETECTION_ID,
  GROUP_ID,
  HISTORY_ID,
  KUBERNETES_MITIGATION_ID,
  KUBERNETES_TACTIC_ID,
  KUBERNETES_TECHNIQUE_ID,
  MITIGATION_ID,
  SIGMA_RULE_ID,
  SOFTWARE_ID,
  TACTIC_ID,
  TECHNIQUE_ID,
} from '../../app/_lib/content/schema';
import type { ContentRecord } from './attack';
import { ImportError, snippet } from './input';

/**
 * The form of each kind's id. A record's file is named after its id (`&` dropped), so this is
 * the last check that no upstream id, however it got past its importer, becomes a path (issue 14).
 */
const ID_FORMS: Record<GeneratedKind, RegExp> = {
  technique: TECHNIQUE_ID,
  tactic: TACTIC_ID,
  mitigation: MITIGATION_ID,
  group: GROUP_ID,
  campaign: CAMPAIGN_ID,
  software: SOFTWARE_ID,
  'detection-strategy': DETECTION_ID,
  'data-component': DATA_COMPONENT_ID,
  'data-source': DATA_SOURCE_ID,
  'ccm-domain': CCM_DOMAIN_ID,
  'ccm-control': CCM_CONTROL_ID,
  'site-meta': /^site$/,
  'sigma-rule': SIGMA_RULE_ID,
  'atomic-tests': TECHNIQUE_ID,
  'kubernetes-tactic': KUBERNETES_TACTIC_ID,
  'kubernetes-technique': KUBERNETES_TECHNIQUE_ID,
  'kubernetes-mitigation': KUBERNETES_MITIGATION_ID,
  history: HISTORY_ID,
};

export function serialise(record: ContentRecord): string {
  // doubleQuotedAsJSON: `yaml` folds long double-quoted strings over several lines, and that
  // folding corrupts some (e.g. "…\n\n \n…" comes back with a backslash): JSON escapes on one
  // line always read back as written.
  const yaml = stringify(record.frontmatter, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, doubleQuotedAsJSON: true, blockQuote: false });
  const body = record.body.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/** The file a record is written to, relative to the content folder; refused unless its id has its kind's form. */
export function fileOf(r: ContentRecord): string {
  const form = Object.hasOwn(ID_FORMS, r.kind) ? ID_FORMS[r.kind as GeneratedKind] : undefined;
  // Authored kinds (content/pages) are people's files: the import never writes one.
  if (!form) throw new ImportError(`no generated content folder for kind ${snippet(r.kind)}`);
  const dir = CONTENT_DIRS[r.kind as GeneratedKind];
  if (!form.test(r.id)) throw new ImportError(`refusing to name a file after ${r.kind} id ${snippet(r.id, 80)}: not of the form ${form.source}`);
  if (r.file !== r.id.replace(/&/g, '')) throw new ImportError(`refusing to write ${r.kind} ${r.id} to ${snippet(r.file, 80)}: a file is named after its id`);
  return `${dir}/${r.file}.mdx`;
}

export function filesFor(records: readonly ContentRecord[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of records) {
    const rel = fileOf(r);
    if (files.has(rel)) throw new ImportError(`two records write ${rel}`);
    files.set(rel, serialise(r));
  }
  return files;
}

/**
 * Where a file of the content folder is on disk, refused if that is outside the folder: every
 * write and removal goes through here, whatever checked the name before (issue 14).
 */
export function inside(root: string, rel: string): string {
  const base = path.resolve(root);
  const abs = path.resolve(base, rel);
  const back = path.relative(base, abs);
  if (!back || back === '..' || back.startsWith(`..${path.sep}`) || path.isAbsolute(back) || rel.includes('\0')) {
    throw new ImportError(`refusing to write ${snippet(rel, 120)}: it resolves to ${snippet(abs, 120)}, outside the output folder ${base}`);
  }
  return abs;
}

async function existing(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // Generated folders only: content/pages/ is written by people (AUTHORED_KINDS).
  for (const dir of GENERATED_KINDS.map((k) => CONTENT_DIRS[k])) {
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
  // Every path is resolved before the first write, so a bad one leaves the folder untouched.
  const targets = new Map([...files.keys()].map((f) => [f, inside(root, f)]));
  const d = await diff(root, files);
  for (const f of d.removed) await rm(inside(root, f));
  for (const f of [...d.added, ...d.changed]) {
    const abs = targets.get(f)!;
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, files.get(f)!);
  }
  return d;
}
