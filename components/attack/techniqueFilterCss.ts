/**
 * The technique index filters' ids and CSS (no 'use client': the page renders the CSS on the
 * server, the TechniqueFilter island renders the inputs with the same ids).
 */
import { anyOfRule, checkedRule, selectRules } from '@/components/islands/filterCss';

/** Ids the filter CSS keys on: one place for the island and the page's CSS. */
export const TF = {
  root: 'data-tf',
  tactic: 'tf-tactic',
  platform: (slug: string) => `tf-p-${slug}`,
  ccm: (v: '' | 'mapped' | 'unmapped') => `tf-ccm-${v || 'any'}`,
  sigma: 'tf-sigma',
  atomic: 'tf-atomic',
};

/** The CSS that hides rows failing any chosen filter (works without JavaScript). */
export function techniqueFilterCss(tactics: { id: string }[], platforms: { slug: string }[]): string {
  const root = `[${TF.root}]`;
  return [
    ...selectRules(root, 'tr[data-t]', TF.tactic, tactics.map((t) => ({ value: t.id, match: `[data-t*=",${t.id},"]` }))),
    anyOfRule(root, 'tr[data-p]', platforms.map((p) => ({ id: TF.platform(p.slug), match: `[data-p*=",${p.slug},"]` }))),
    checkedRule(root, TF.ccm('mapped'), 'tr[data-t]:not([data-c])'),
    checkedRule(root, TF.ccm('unmapped'), 'tr[data-c]'),
    checkedRule(root, TF.sigma, 'tr[data-h]:not([data-h*=s])'),
    checkedRule(root, TF.atomic, 'tr[data-h]:not([data-h*=a])'),
  ].join('\n');
}
