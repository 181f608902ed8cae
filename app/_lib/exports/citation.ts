/**
 * Citation text for "Cite this page" (components/cite/CiteThis.tsx). Pure: the component adds
 * today's date in the browser; without JavaScript the date is left for the reader to fill in.
 */
import { absoluteUrl } from '../urls';

export interface CitationInput {
  title: string;
  canonicalUrl: string;
  attackVersion: string;
  ccmVersion: string;
  /** Mapping last update, ISO (2026-01-27) or as the mapping writes it (01/27/2026). */
  mappingUpdated: string;
  /** YYYY-MM-DD; undefined → a placeholder to fill in. */
  accessed?: string;
  siteName?: string;
}

export const CITATION_SITE_NAME = 'ATT&CK ↔ CCM knowledge base';
export const ACCESSED_PLACEHOLDER = '[date accessed]';

/** 01/27/2026 → 2026-01-27; ISO dates pass through; anything else is left as given. */
export function normaliseDate(date: string): string {
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(date.trim());
  if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(date.trim());
  return iso ? iso[1]! : date.trim();
}

/** Local calendar date as YYYY-MM-DD. */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Plain-text citation: title, site, versions, date accessed, then the URL (last, so no period sticks to it). */
export function formatCitation(c: CitationInput): string {
  const title = /[.!?]$/.test(c.title) ? `“${c.title}”` : `“${c.title}.”`;
  return [
    title,
    sentence(c.siteName ?? CITATION_SITE_NAME),
    sentence(
      `MITRE ATT&CK® Enterprise v${c.attackVersion}; CSA Cloud Controls Matrix v${c.ccmVersion}; CTID mapping updated ${normaliseDate(c.mappingUpdated)}`,
    ),
    sentence(`Accessed ${c.accessed ?? ACCESSED_PLACEHOLDER}`),
    c.canonicalUrl,
  ].join(' ');
}

const bibEscape = (s: string) => s.replace(/([\\{}&%$#_^~])/g, (m) => (m === '\\' ? '\\textbackslash{}' : `\\${m}`));

/** BibTeX @misc entry; the key is derived from the URL path so it is stable. */
export function formatBibtex(c: CitationInput): string {
  let path = c.canonicalUrl;
  try {
    path = new URL(c.canonicalUrl).pathname;
  } catch {
    // not absolute: use as is
  }
  const key = `attackccm:${path.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9]+/g, '-') || 'home'}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(c.title)}},`,
    `  organization = {${bibEscape(c.siteName ?? CITATION_SITE_NAME)}},`,
    `  howpublished = {\\url{${c.canonicalUrl}}},`,
    `  note = {${bibEscape(`MITRE ATT&CK Enterprise v${c.attackVersion}; CSA Cloud Controls Matrix v${c.ccmVersion}; CTID mapping updated ${normaliseDate(c.mappingUpdated)}; accessed ${c.accessed ?? ACCESSED_PLACEHOLDER}`)}},`,
    `  urldate = {${c.accessed ?? ''}}`,
    `}`,
  ].join('\n');
}

/** Props for <CiteThis> from the site meta, a page title and its site href (e.g. techniqueHref('T1133')). */
export function citationProps(
  meta: { attack: { version: string }; ccm: { version: string }; mapping: { updated: string } },
  title: string,
  href: string,
): Omit<CitationInput, 'accessed'> {
  return {
    title,
    canonicalUrl: absoluteUrl(href),
    attackVersion: meta.attack.version,
    ccmVersion: meta.ccm.version,
    mappingUpdated: normaliseDate(meta.mapping.updated),
  };
}
