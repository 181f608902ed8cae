/**
 * The hunting page's Sigma rule filters: ids and CSS (no 'use client': the page renders the CSS on
 * the server; the SigmaFilter island renders the inputs with the same ids). Within a group the
 * checked values are a union (high or critical); groups combine.
 */
import type { SigmaFilters } from '@/app/_lib/views/hunting';

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
  const union = (values: { value: string }[], id: (v: string) => string, attr: string) => {
    const any = values.map((v) => `#${id(v.value)}:checked`).join(',');
    const match = values.map((v) => `${root}:has(#${id(v.value)}:checked) li[${attr}="${v.value}"]`).join(',');
    return `${root}:has(${any}) li[${attr}]:not(:is(${match})){display:none}`;
  };
  return [
    union(f.levels, SF.level, 'data-l'),
    union(f.statuses, SF.status, 'data-s'),
    ...f.products.map((p) => `${root}:has(#${SF.product} option[value="${SF.productValue(p.value)}"]:checked) li[data-pr]:not([data-pr="${SF.productValue(p.value)}"]){display:none}`),
  ].join('\n');
}
