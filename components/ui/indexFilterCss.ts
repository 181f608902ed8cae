/**
 * CSS of an index table's filters (IndexFilterSpec), server side: rows failing a chosen field are
 * hidden without JavaScript. The IndexFilter island renders the inputs with these ids.
 */
import type { IndexFilterSpec } from '@/app/_lib/views/index-filter';
import { anyOfRule, checkedRule, selectRules } from '@/components/islands/filterCss';

export const IX = {
  root: 'data-ix',
  /** A field's input id (select: the <select>; any / check: one checkbox per option). */
  id: (key: string, value = '') => `ix-${key}${value ? `-${value}` : ''}`,
};

export function indexFilterCss(spec: IndexFilterSpec): string {
  const root = `[${IX.root}]`;
  return spec.fields
    .flatMap((f) => {
      const attr = `data-f-${f.key}`;
      const match = (v: string) => `[${attr}*=",${v},"]`;
      if (f.kind === 'any') return [anyOfRule(root, 'tbody tr', f.options.map((o) => ({ id: IX.id(f.key, o.value), match: match(o.value) })))];
      if (f.kind === 'select') return selectRules(root, 'tbody tr', IX.id(f.key), f.options.map((o) => ({ value: o.value, match: match(o.value) })));
      return f.options.map((o) => checkedRule(root, IX.id(f.key, o.value), `tbody tr:not(${match(o.value)})`));
    })
    .join('\n');
}
