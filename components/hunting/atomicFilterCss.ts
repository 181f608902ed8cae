/**
 * The hunting page's Atomic test filters: ids and CSS (server side; the AtomicFilter island
 * renders the inputs with the same ids). Several platforms show their union; an executor narrows.
 */
import type { AtomicFilters } from '@/app/_lib/views/hunting';
import { anyOfRule, selectRules } from '@/components/islands/filterCss';

const slug = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'none';
export const AF = {
  root: 'data-af',
  platform: (v: string) => `af-p-${slug(v)}`,
  executor: 'af-executor',
  slug,
  /** A test's platforms as its `data-p` (",windows,linux,"). */
  platformsValue: (ps: string[]) => `,${ps.map(slug).join(',')},`,
};

export function atomicFilterCss(f: AtomicFilters): string {
  const root = `[${AF.root}]`;
  return [
    anyOfRule(root, 'li[data-x]', f.platforms.map((p) => ({ id: AF.platform(p.value), match: `[data-p*=",${slug(p.value)},"]` }))),
    ...selectRules(root, 'li[data-x]', AF.executor, f.executors.map((e) => ({ value: slug(e.value), match: `[data-x="${slug(e.value)}"]` }))),
  ].join('\n');
}
