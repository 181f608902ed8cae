/**
 * The hunting page's Sigma rule filters: ids and CSS (no 'use client': the page renders the CSS on
 * the server; the SigmaFilter island renders the inputs with the same ids). Within a group the
 * checked values are a union (high or critical); groups combine.
 */
import type { SigmaFilters } from '@/app/_lib/views/hunting';
import { anyOfRule, selectRules } from '@/components/islands/filterCss';

const slug = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'none';
export const SF = {
  root: 'data-sf',
  level: (v: string) => `sf-l-${slug(v)}`,
  status: (v: string) => `sf-s-${slug(v)}`,
  product: 'sf-product',
  /** A rule's product as its `data-pr` and the select's option value ("none" for no product). */
  productValue: slug,
};

export function sigmaFilterCss(f: SigmaFilters): string {
  const root = `[${SF.root}]`;
  return [
    anyOfRule(root, 'li[data-l]', f.levels.map((v) => ({ id: SF.level(v.value), match: `[data-l="${v.value}"]` }))),
    anyOfRule(root, 'li[data-s]', f.statuses.map((v) => ({ id: SF.status(v.value), match: `[data-s="${v.value}"]` }))),
    ...selectRules(root, 'li[data-pr]', SF.product, f.products.map((p) => ({ value: SF.productValue(p.value), match: `[data-pr="${SF.productValue(p.value)}"]` }))),
  ].join('\n');
}
