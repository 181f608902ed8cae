/**
 * Shapes shared by the index build (server) and the search engine (browser). The wire formats
 * are compact arrays because they are downloaded; the engine turns them into objects once.
 */
import type { SearchKind } from './kinds';

/** One row of the name tier: [kind index, id, name, context, aliases?, deprecated?]. */
export type DocRow = [kind: number, id: string, name: string, context: string, aliases?: string[] | 0, deprecated?: 1];

/**
 * One Sigma rule or Atomic test: [kind index, id (rule id or test GUID), name, detail (rule level
 * or test platforms), technique]. Its result links to that technique's hunting page, at the
 * rule's or test's own anchor; its context line is "technique · detail".
 */
export type HuntingRow = [kind: number, id: string, name: string, detail: string, technique: string];

/** A FlexSearch export, replayed in order into a Document built from options.ts. */
export type ExportedIndex = [key: string, data: unknown][];

/**
 * Small first download: every searchable object's id, name, aliases and context line. The name
 * index is built from these in the browser (cheaper to download than FlexSearch's export).
 */
export interface NamesPayload {
  format: number;
  version: string;
  docs: DocRow[];
  /** Revoked id → index (in docs) of the live object that replaced it. */
  redirects: [oldId: string, target: number][];
}

/** Larger second download: plain text per doc (for snippets and ranking) and its word index. */
export interface TextPayload {
  format: number;
  version: string;
  /** Aligned with NamesPayload.docs; 0 where a doc has no text. */
  texts: (string | 0)[];
  index: ExportedIndex;
  /**
   * Sigma rule titles and Atomic test names (~5,000): name-searchable once this tier is here, and
   * numbered after NamesPayload.docs. Too many for the first download's budget.
   */
  hunting: HuntingRow[];
}

export interface SearchDoc {
  /** Position in NamesPayload.docs: the FlexSearch id. */
  n: number;
  kind: SearchKind;
  id: string;
  /** As ATT&CK shows it: sub-techniques are "Parent: Name". */
  name: string;
  /** Own name only (a sub-technique's without its parent). */
  shortName: string;
  context: string;
  aliases: string[];
  deprecated: boolean;
  href: string;
}

/** A run of text, `hit` when it matched the query. Rendered as React elements, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

export type MatchKind = 'id' | 'redirect' | 'name' | 'alias' | 'text';

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  match: MatchKind;
  /** Name with the matching words marked. */
  title: Segment[];
  /** The object's context line (tactics, CCM domain, aliases…), with marks. */
  context: Segment[];
  /** Short line under the title: matching alias, text excerpt or else the context, with marks. */
  snippet: Segment[];
  /** For redirects: the id the reader typed, which now lives on as doc.id. */
  via?: string;
}

export interface SearchResponse {
  query: string;
  /** All hits (after the kind filter), best first. */
  hits: SearchHit[];
  /** Hits per kind before the kind filter (facet counts). */
  counts: Partial<Record<SearchKind, number>>;
  total: number;
  /** True when the full-text tier took part. */
  fullText: boolean;
  /**
   * The query with misspelt words replaced by the nearest known ones ("phising" → "phishing"),
   * when that was searched too; shown as "Showing results for …" or, on no results, "Did you mean".
   */
  corrected?: string;
  /** Nothing found: a nearby spelling that finds something, to offer as "Did you mean …?". */
  didYouMean?: string;
}
