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
export const INDEX_FORMAT = 2;

/**
 * Synonyms we add as aliases, because readers type them and ATT&CK's names spell them out. Each
 * term lists the ids it names, best first (that order is the ranking among them). Kept short and
 * unambiguous on purpose: a synonym outranks full-text hits, so a wrong one would hide better
 * results. The build fails if an id here is not a live object (see build.ts).
 */
export const SYNONYMS: readonly { term: string; ids: readonly string[]; why: string }[] = [
  {
    term: 'MFA',
    ids: ['M1032', 'T1556.006', 'T1111', 'T1621'],
    why: 'Everyone says MFA; ATT&CK writes "Multi-factor Authentication" (the mitigation, first: it is what a defender looks for), and the MFA technique names spell it out too. "MFA" only occurs in some bodies, so full text alone would rank these below incidental mentions.',
  },
  { term: '2FA', ids: ['M1032'], why: 'The older name for multi-factor authentication, still common in policies and audit findings.' },
  {
    term: 'PAM',
    ids: ['M1026', 'T1556.003'],
    why: 'Privileged Account (Access) Management in GRC language; Pluggable Authentication Modules on Linux. Both are ATT&CK names that never use the acronym.',
  },
  { term: 'DLP', ids: ['M1057'], why: 'Universal abbreviation of Data Loss Prevention.' },
  { term: 'C2', ids: ['TA0011'], why: 'The usual name of the Command and Control tactic; the tactic name never contains "C2".' },
  { term: 'C&C', ids: ['TA0011'], why: 'Older spelling of C2.' },
  { term: 'RDP', ids: ['T1021.001'], why: 'Remote Desktop Protocol is always called RDP; without this, "RDP Hijacking" would outrank the protocol itself.' },
  { term: 'WMI', ids: ['T1047'], why: 'Windows Management Instrumentation is always called WMI.' },
  { term: 'MitM', ids: ['T1557'], why: 'ATT&CK renamed Man-in-the-Middle to Adversary-in-the-Middle; readers still type the old name and its acronym.' },
  { term: 'Man-in-the-Middle', ids: ['T1557'], why: 'The former ATT&CK name of T1557.' },
  { term: 'AitM', ids: ['T1557'], why: 'Acronym of the current name.' },
  { term: 'UAC', ids: ['T1548.002'], why: 'User Account Control is always called UAC.' },
  { term: 'DoS', ids: ['T1499', 'T1498'], why: 'Denial of Service: both ATT&CK techniques spell it out.' },
  { term: 'DDoS', ids: ['T1498', 'T1499'], why: 'Distributed denial of service is mostly network flooding (T1498).' },
  { term: 'IMDS', ids: ['T1552.005'], why: 'Cloud engineers know the instance metadata service as IMDS (AWS, Azure).' },
];

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
export type TextIndexDoc = { n: number; text: string };

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
      index: [{ field: 'text', tokenize: 'strict', encoder: textEncoder(), resolution: 3 }],
    },
  });
}

/** Encoders exposed for the highlighter and tests, built from the same definitions. */
export const encoders = { id: idEncoder, name: nameEncoder, text: textEncoder };
