/**
 * Which fields of generated content are upstream prose, written by the import as MDX and
 * rendered through the one MDX module (app/_lib/mdx): the import converts exactly these fields
 * (scripts/import/text.ts toMdx), and the graph checks exactly these on every load. One list, so
 * a field cannot be escaped without being checked, or checked without being escaped.
 *
 * A path is `body`, a frontmatter key, or `key[].key` for the items of a list. A field's
 * citations resolve against the item's own `references` when it has them, else the record's.
 */
import type { ContentKind } from './schema';

export const PROSE_FIELDS: Partial<Record<ContentKind, readonly string[]>> = {
  technique: ['body', 'detectionText'],
  tactic: ['body'],
  mitigation: ['body', 'techniques[].description'],
  group: ['body', 'aliasNotes[].description', 'techniques[].description', 'software[].description'],
  campaign: ['body', 'aliasNotes[].description', 'techniques[].description', 'software[].description', 'groups[].description', 'firstSeenCitation', 'lastSeenCitation'],
  software: ['body', 'aliasNotes[].description', 'techniques[].description'],
  'detection-strategy': ['body', 'analytics[].description'],
  'data-component': ['body'],
  'data-source': ['body', 'components[].description', 'detects[].description'],
  'atomic-tests': ['tests[].description'],
  'kubernetes-tactic': ['body'],
  'kubernetes-technique': ['body'],
  'kubernetes-mitigation': ['body', 'techniques[].description', 'techniques[].techniqueDescription'],
};

export interface ReferenceLike {
  name: string;
}

export interface ProseField {
  /** As problems name it: `body`, `techniques[3].description`. */
  field: string;
  text: string;
  /** Source names its citations may name. */
  references: readonly ReferenceLike[];
  /** Writes a new value (the import's conversion). */
  set(value: string): void;
}

type Obj = Record<string, unknown>;
const refsOf = (o: Obj): readonly ReferenceLike[] | undefined => (Array.isArray(o.references) ? (o.references as ReferenceLike[]) : undefined);

/**
 * Every prose field of one record that holds a string (`frontmatter` and `body` apart, as the
 * import has them; the loader's records have the body as a field and pass the same object twice).
 */
export function proseFields(kind: ContentKind, frontmatter: Obj, body: { get(): string; set(v: string): void }): ProseField[] {
  const out: ProseField[] = [];
  const own = refsOf(frontmatter) ?? [];
  for (const path of PROSE_FIELDS[kind] ?? []) {
    if (path === 'body') {
      const text = body.get();
      if (text) out.push({ field: 'body', text, references: own, set: body.set });
      continue;
    }
    const list = /^(\w+)\[\]\.(\w+)$/.exec(path);
    if (!list) {
      const text = frontmatter[path];
      if (typeof text === 'string' && text) out.push({ field: path, text, references: own, set: (v) => (frontmatter[path] = v) });
      continue;
    }
    const [, key, sub] = list as unknown as [string, string, string];
    const items = frontmatter[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item: Obj, i) => {
      const text = item?.[sub];
      if (typeof text === 'string' && text) out.push({ field: `${key}[${i}].${sub}`, text, references: refsOf(item) ?? own, set: (v) => (item[sub] = v) });
    });
  }
  return out;
}
