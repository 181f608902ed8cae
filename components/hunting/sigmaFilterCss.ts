/**
 * The hunting page's Sigma rule filters: ids and CSS (no 'use client': the page renders the CSS on
 * the server; the SigmaFilter island renders the inputs with the same ids). Within a group the
 * checked values are a union (high or critical); groups combine. The text filter needs
 * JavaScript: the island marks the rules whose words do not match with `data-miss`.
 */
import type { SigmaFilters } from '@/app/_lib/views/hunting';
import { anyOfRule, selectRules } from '@/components/islands/filterCss';

const slug = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'none';
export const SF = {
  root: 'data-sf',
  level: (v: string) => `sf-l-${slug(v)}`,
  status: (v: string) => `sf-s-${slug(v)}`,
  product: 'sf-product',
  category: 'sf-category',
  service: 'sf-service',
  text: 'sf-text',
  /** A rule's product, category or service as its `data-pr` / `data-c` / `data-sv` and the select's option value ("none" for no product). */
  productValue: slug,
  /** Set by the island on rules the text filter leaves out. */
  miss: 'data-miss',
};

export function sigmaFilterCss(f: SigmaFilters): string {
  const root = `[${SF.root}]`;
  const options = (values: { value: string }[], attr: string) => values.map((p) => ({ value: slug(p.value), match: `[${attr}="${slug(p.value)}"]` }));
  return [
    anyOfRule(root, 'li[data-l]', f.levels.map((v) => ({ id: SF.level(v.value), match: `[data-l="${v.value}"]` }))),
    anyOfRule(root, 'li[data-s]', f.statuses.map((v) => ({ id: SF.status(v.value), match: `[data-s="${v.value}"]` }))),
    ...selectRules(root, 'li[data-l]', SF.product, options(f.products, 'data-pr')),
    ...selectRules(root, 'li[data-l]', SF.category, options(f.categories, 'data-c')),
    ...selectRules(root, 'li[data-l]', SF.service, options(f.services, 'data-sv')),
    `${root} li[${SF.miss}]{display:none}`,
  ].join('\n');
}
