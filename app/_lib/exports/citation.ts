/**
 * Citation text for "Cite this page" (components/cite/CiteThis.tsx). Pure: the component adds
 * today's date in the browser; without JavaScript the date is left for the reader to fill in.
 */
import { formatDate, isoDate } from '../dates';
import { absoluteUrl } from '../urls';

export interface CitationInput {
  title: string;
  canonicalUrl: string;
  attackVersion: string;
  ccmVersion: string;
  /** Mapping last update, ISO (2026-01-27) or as the mapping writes it (01/27/2026). */
  mappingUpdated: string;
  /** YYYY-MM-DD (BibTeX's urldate keeps it; the text shows "2 May 2026"); undefined → a placeholder to fill in. */
  accessed?: string;
  siteName?: string;
}

export const CITATION_SITE_NAME = 'ATT&CK ↔ CCM knowledge base';
export const ACCESSED_PLACEHOLDER = '[date accessed]';

/** Dates in the citation read as on the pages ("27 January 2026"); only BibTeX's urldate stays ISO. */
const accessedText = (c: CitationInput) => (c.accessed ? formatDate(c.accessed) : ACCESSED_PLACEHOLDER);

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Plain-text citation: title, site, versions, date accessed, then the URL (last, so no period sticks to it). */
export function formatCitation(c: CitationInput): string {
  const title = /[.!?]$/.test(c.title) ? `“${c.title}”` : `“${c.title}.”`;
  return [
    title,
    sentence(c.siteName ?? CITATION_SITE_NAME),
    sentence(
      `MITRE ATT&CK® Enterprise v${c.attackVersion}; CSA Cloud Controls Matrix v${c.ccmVersion}; CTID mapping updated ${formatDate(c.mappingUpdated)}`,
    ),
    sentence(`Accessed ${accessedText(c)}`),
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
    `  note = {${bibEscape(`MITRE ATT&CK Enterprise v${c.attackVersion}; CSA Cloud Controls Matrix v${c.ccmVersion}; CTID mapping updated ${formatDate(c.mappingUpdated)}; accessed ${accessedText(c)}`)}},`,
    `  urldate = {${c.accessed ? isoDate(c.accessed) : ''}}`,
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
    mappingUpdated: isoDate(meta.mapping.updated),
  };
}
