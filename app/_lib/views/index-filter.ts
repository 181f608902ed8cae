/**
 * Filters and sort for an index table (groups, software, CCM controls): plain data the page
 * turns into CSS (components/ui/indexFilterCss.ts, works without JavaScript) and the IndexFilter
 * island turns into inputs, the URL and the shown count. Each row carries, per field,
 * `data-f-<key>=",value,value,"`; per sort, `data-s-<key>` (a number, larger first).
 */

export interface IndexFilterOption {
  value: string;
  label: string;
  /** Rows that have this value. */
  count: number;
}

export interface IndexFilterField {
  /** URL parameter and data attribute (`data-f-<key>`). */
  key: string;
  label: string;
  /** any: checkboxes, several show their union; select: one of; check: a single "has …" checkbox. */
  kind: 'any' | 'select' | 'check';
  options: IndexFilterOption[];
}

export interface IndexFilterSpec {
  fields: IndexFilterField[];
  /** Orders besides the table's own (its first option); `key` '' is the table's order. */
  sorts: { key: string; label: string }[];
  total: number;
  /** What the rows are, plural ("groups"). */
  noun: string;
}

export const slugOf = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'none';

/** A row's `data-f-<key>` attribute for its values of a field. */
export const fieldAttr = (key: string, values: readonly string[]): Record<string, string> => (values.length ? { [`data-f-${key}`]: `,${values.map(slugOf).join(',')},` } : {});

/** Options of a field from each row's values, in `order` or most rows first. */
export function optionsOf(rows: readonly (readonly string[])[], label: (v: string) => string = (v) => v, order?: readonly string[]): IndexFilterOption[] {
  const counts = new Map<string, number>();
  for (const values of rows) for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : counts.get(b)! - counts.get(a)! || a.localeCompare(b)));
  return keys.map((v) => ({ value: slugOf(v), label: label(v), count: counts.get(v)! }));
}
