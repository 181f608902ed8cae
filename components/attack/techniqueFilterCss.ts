/**
 * The technique index filters' ids and CSS (no 'use client': the page renders the CSS on the
 * server, the TechniqueFilter island renders the inputs with the same ids).
 */

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
  const anyPlatform = platforms.map((p) => `#${TF.platform(p.slug)}:checked`).join(',');
  const onAChecked = platforms.map((p) => `${root}:has(#${TF.platform(p.slug)}:checked) tr[data-p*=",${p.slug},"]`).join(',');
  return [
    ...tactics.map((t) => `${root}:has(#${TF.tactic} option[value="${t.id}"]:checked) tr[data-t]:not([data-t*=",${t.id},"]){display:none}`),
    `${root}:has(${anyPlatform}) tr[data-p]:not(:is(${onAChecked})){display:none}`,
    `${root}:has(#${TF.ccm('mapped')}:checked) tr[data-t]:not([data-c]){display:none}`,
    `${root}:has(#${TF.ccm('unmapped')}:checked) tr[data-c]{display:none}`,
    `${root}:has(#${TF.sigma}:checked) tr[data-h]:not([data-h*=s]){display:none}`,
    `${root}:has(#${TF.atomic}:checked) tr[data-h]:not([data-h*=a]){display:none}`,
  ].join('\n');
}
