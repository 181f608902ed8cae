/**
 * Presentation helpers for search results that page bundles may import (no FlexSearch here).
 */
import { HREFS } from '../urls';
import { KIND_CODES, type SearchKind } from './kinds';
import { cleanQuery, parseIdQuery, textTerms } from './query';
import type { SearchHit, SearchResponse } from './types';

/**
 * Hits grouped by kind for the typeahead: groups ordered by their best hit (so an exact id's kind
 * comes first), at most `perKind` per group and `max` in all.
 */
export function groupByKind(hits: readonly SearchHit[], perKind: number, max: number): { kind: SearchKind; hits: SearchHit[] }[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  let shown = 0;
  for (const h of hits) {
    if (shown >= max) break;
    const list = groups.get(h.doc.kind) ?? [];
    if (list.length >= perKind) continue;
    list.push(h);
    groups.set(h.doc.kind, list);
    shown++;
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}

/**
 * Whether the typeahead should fetch the full-text tier: names found little, the query has a real
 * word in it, and it is not simply an id (which the name tier answers completely).
 */
export function wantsFullText(response: SearchResponse | null): boolean {
  if (!response || response.fullText || response.total >= 5) return false;
  if (response.hits[0]?.match === 'id' || response.hits[0]?.match === 'redirect') return false;
  if (parseIdQuery(response.query) && /\d/.test(response.query)) return false;
  return textTerms(response.query).some((t) => t.length >= 3);
}

/** `/search/?q=…&kind=…` (no base path: Link and the router add it). */
export function searchPageHref(q: string, kind?: SearchKind | null): string {
  const params = new URLSearchParams();
  // The engine reads MAX_QUERY_CHARS; a longer q only risks a 414/431 from the host.
  if (q) params.set('q', cleanQuery(q));
  if (kind) params.set('kind', kind);
  const s = params.toString();
  return s ? `${HREFS.search}?${s}` : HREFS.search;
}

/**
 * 1234 → "1,234", as toLocaleString('en') writes whole numbers, without it: the first call of
 * toLocaleString in a page loads the browser's locale data, ~50 ms before /search/?q= could show
 * its first result (bench:search, Chromium's CPU profile).
 */
export const formatCount = (n: number): string => {
  const s = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
};

/** "1 result", "12 results". */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Facet entries in kind order, with counts. */
export function facets(counts: Partial<Record<SearchKind, number>>): { kind: SearchKind; count: number }[] {
  return KIND_CODES.filter((k) => counts[k]).map((k) => ({ kind: k, count: counts[k]! }));
}
