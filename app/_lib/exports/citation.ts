/**
 * Citation text for "Cite this page" (components/cite/CiteThis.tsx). Pure: the component adds
 * today's date in the browser; without JavaScript the date is left for the reader to fill in.
 */
import { formatDate, isoDate } from '../dates';
import type { SnapshotInfo } from '../content/schema';
import { absoluteSiteUrl, absoluteUrl, versionHref } from '../urls';
import { currentReleaseLink } from '../views/snapshot';

export interface CitationInput {
  title: string;
  canonicalUrl: string;
  /**
   * The permalink of this page in its ATT&CK release (issue 17): /versions/v18.1/techniques/T1133/,
   * a redirect stub to the current page until the release is frozen as a snapshot, then the
   * frozen page. On a snapshot's page it is the page's own (canonical) URL.
   */
  permalink?: string;
  /** The page in the current release (the current canonical URL); absent if it has none. */
  currentUrl?: string;
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

/** The URLs a citation ends with: this version's permalink, then the current one (each its own clause, so no period sticks to one). */
function citedUrls(c: CitationInput): string {
  if (!c.permalink) return c.canonicalUrl;
  const current = c.currentUrl ? ` — current version: ${c.currentUrl}` : ' — not in the current release';
  return `This version (ATT&CK v${c.attackVersion}): ${c.permalink}${current}`;
}

/** Plain-text citation: title, site, versions, date accessed, then the URLs (last, so no period sticks to them). */
export function formatCitation(c: CitationInput): string {
  const title = /[.!?]$/.test(c.title) ? `“${c.title}”` : `“${c.title}.”`;
  return [
    title,
    sentence(c.siteName ?? CITATION_SITE_NAME),
    sentence(
      `MITRE ATT&CK® Enterprise v${c.attackVersion}; CSA Cloud Controls Matrix v${c.ccmVersion}; CTID mapping updated ${formatDate(c.mappingUpdated)}`,
    ),
    sentence(`Accessed ${accessedText(c)}`),
    citedUrls(c),
  ].join(' ');
}

const bibEscape = (s: string) => s.replace(/([\\{}&%$#_^~])/g, (m) => (m === '\\' ? '\\textbackslash{}' : `\\${m}`));

/** BibTeX @misc entry; the key is derived from the URL path so it is stable. */
export function formatBibtex(c: CitationInput): string {
  const url = c.permalink ?? c.canonicalUrl;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not absolute: use as is
  }
  const key = `attackccm:${path.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9]+/g, '-') || 'home'}`;
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(c.title)}},`,
    `  organization = {${bibEscape(c.siteName ?? CITATION_SITE_NAME)}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {${bibEscape(`MITRE ATT&CK Enterprise v${c.attackVersion}; CSA Cloud Controls Matrix v${c.ccmVersion}; CTID mapping updated ${formatDate(c.mappingUpdated)}; accessed ${accessedText(c)}`)}${c.permalink ? (c.currentUrl ? `; current version: \\url{${c.currentUrl}}` : '; not in the current release') : ''}},`,
    `  urldate = {${c.accessed ? isoDate(c.accessed) : ''}}`,
    `}`,
  ].join('\n');
}

/** Props for <CiteThis> from the site meta, a page title and its site href (e.g. techniqueHref('T1133')). */
export function citationProps(
  meta: { attack: { version: string }; ccm: { version: string }; mapping: { updated: string }; snapshot?: SnapshotInfo },
  title: string,
  href: string,
): Omit<CitationInput, 'accessed'> {
  // A snapshot's page is its own permalink; the current release's is /versions/v<current>/… (issue 17).
  const current = meta.snapshot ? currentReleaseLink(meta.snapshot, href).href : href;
  return {
    title,
    canonicalUrl: absoluteUrl(href),
    permalink: meta.snapshot ? absoluteUrl(href) : absoluteSiteUrl(versionHref(meta.attack.version, href)),
    ...(current ? { currentUrl: absoluteSiteUrl(current) } : {}),
    attackVersion: meta.attack.version,
    ccmVersion: meta.ccm.version,
    mappingUpdated: isoDate(meta.mapping.updated),
  };
}
