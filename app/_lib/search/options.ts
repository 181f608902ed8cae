/**
 * THE search options: the one module that constructs the FlexSearch indexes. The build
 * (scripts, route handlers, tests) and the browser both call `createNameIndex()` /
 * `createTextIndex()` from here, then `add` (build) or `import` (browser). FlexSearch 0.8's
 * export carries the index data but not its options (encoders, tokenizers, fields), so an index
 * imported into a differently configured Document silently returns nothing or garbage: change
 * anything here and bump INDEX_FORMAT, which is part of the index file URL.
 */
import { Document, Encoder } from 'flexsearch';
import { fold, idKey, sStem } from './query';
import { STOP_WORDS } from './stopwords';

export { STOP_WORDS };
export { SEARCH_KINDS, KIND_CODES, KIND_INFO, isSearchKind, type SearchKind } from './kinds';

/** Bump on any change to encoders, fields, tokenizers or the payload shape. */
export const INDEX_FORMAT = 3;

export { SYNONYMS, EXPANSIONS } from './synonyms';

/**
 * Ids. FlexSearch's default encoder splits digits into triplets and drops punctuation
 * (`T1133.001` → `t`,`113`,`3`,`001`; `A&A-01` → `a`,`01`), so ids would match each other's
 * pieces. Here an id is one token in its canonical idKey spelling (lower-cased), so "T1078/0",
 * "t1078.0" and "I&S-0"/"IS-0" are prefixes of exactly the ids they start.
 */
function idEncoder() {
  return new Encoder({
    normalize: (s: string) => s.split(/\s+/).map((w) => idKey(w).toLowerCase()).join(' '),
    split: /\s+/,
    numeric: false,
    dedupe: false,
  });
}

/** Names and aliases: folded (case, diacritics), split on anything but letters and digits, kept whole. */
function nameEncoder() {
  return new Encoder({
    normalize: fold,
    split: /[^\p{L}\p{N}]+/u,
    // Default numeric splitting would cut "APT41"-like names only sometimes; keep numbers whole.
    numeric: false,
    // Default dedupe collapses "ll" → "l": harmless for matching, but it makes prefixes and the
    // highlighter disagree ("kubelet" typed as "kubel…"), so it is off.
    dedupe: false,
  });
}


/** Prose: as names, plus stop words out and the light plural stemmer (so "VPN" finds "VPNs"). */
function textEncoder() {
  return new Encoder({
    normalize: fold,
    split: /[^\p{L}\p{N}]+/u,
    numeric: false,
    dedupe: false,
    minlength: 2,
    filter: new Set(STOP_WORDS),
    finalize: (terms: string[]) => terms.map(sStem),
  });
}

/** What the name index stores per doc (`n` is the doc's position in the names payload). */
export type NameIndexDoc = { n: number; id: string; name: string; alias: string };
export type TextIndexDoc = { n: number; text: string; more: string };

/**
 * Name tier: prefix ("forward") matching on ids, names and aliases, so typeahead finds
 * "Valid Acc…" and "T1078/0…". Resolution is low because the engine re-scores candidates itself.
 */
export function createNameIndex() {
  return new Document<NameIndexDoc>({
    document: {
      id: 'n',
      index: [
        { field: 'id', tokenize: 'forward', encoder: idEncoder(), resolution: 1 },
        { field: 'name', tokenize: 'forward', encoder: nameEncoder(), resolution: 3 },
        { field: 'alias', tokenize: 'forward', encoder: nameEncoder(), resolution: 3 },
      ],
    },
  });
}

/** Full-text tier: whole (stemmed) words only; prefix matching on prose would triple its size. */
export function createTextIndex() {
  return new Document<TextIndexDoc>({
    document: {
      id: 'n',
      index: [
        { field: 'text', tokenize: 'strict', encoder: textEncoder(), resolution: 3 },
        // Document expansion (build.ts): a bag of words, so no positions worth resolving.
        { field: 'more', tokenize: 'strict', encoder: textEncoder(), resolution: 1 },
      ],
    },
  });
}

/** Encoders exposed for the highlighter and tests, built from the same definitions. */
export const encoders = { id: idEncoder, name: nameEncoder, text: textEncoder };
