/**
 * The search engine, the same code in the browser and in tests: exact ids through a plain map
 * (so an id is always first, whatever FlexSearch does), names and aliases through the name index
 * (FlexSearch, prefix matching), prose through the imported full-text index, then one scoring
 * pass that orders everything and counts hits per kind.
 */
import { anchorId, hrefForId, huntingHref } from '../urls';
import { HUNTING_KINDS, KIND_CODES, KIND_INFO, type SearchKind } from './kinds';
import { createNameIndex, createTextIndex } from './options';
import { EXPANSIONS, SYNONYMS } from './synonyms';
import { Vocabulary } from './fuzzy';
import { cleanQuery, fold, idKey, nameKey, parseIdQuery, queryTerms, sStem, textTerms } from './query';
import { excerpt, highlight, whole } from './highlight';
import type { NamesPayload, SearchDoc, SearchHit, SearchResponse, Segment, TextPayload, MatchKind } from './types';

export interface SearchOptions {
  /** Only hits of this kind are returned (counts still cover every kind). */
  kind?: SearchKind;
  /** Most hits returned (after the kind filter). */
  limit?: number;
}

// Score bands: a better band always wins; within a band, finer scores order.
const S_ID = 1_000_000;
const S_REDIRECT = 900_000;
const S_NAME_EXACT = 500_000;
/** The exact name but for plurals ("password policy" → Password Policies). */
const S_NAME_STEMMED = 495_000;
const S_ALIAS_EXACT = 450_000;
const S_ID_PREFIX = 350_000;
const S_NAME_PREFIX = 300_000;
const S_ALIAS_PREFIX = 250_000;
const S_NAME_WORDS = 200_000;
const S_ALIAS_WORDS = 150_000;
// Full text only: below every name match. BM25 scores are scaled into this band.
const S_TEXT_MAX = 100_000;
/**
 * Sigma rules and Atomic tests (~4,500 names) whose name contains the query without being it, or
 * most of it from its start: ranked inside the text band, at the level of a fair prose match, so
 * that "vpn" or "ransomware" lists the techniques and mitigations about it before every rule with
 * the word in its title. Their order among themselves is kept; an exact title still ranks as a name.
 */
const S_HUNTING_NAME = 20_000;
/** Hunting titles of at most this many words, typed out, are topics: their technique ranks first. */
const SHORT_TITLE_WORDS = 4;

/** How many candidates each FlexSearch field may return; scoring and counting cost grows with it. */
const NAME_CANDIDATES = 400;
const TEXT_CANDIDATES = 600;
/** Docs asked of the full-text index per query word and field (of ~3,900 with prose). */
const TEXT_CANDIDATES_PER_WORD = 600;

/**
 * Lets the event loop run (input, rendering) and resumes at once: scheduler.yield() where the
 * browser has it, else a message (setTimeout(0) is clamped to 4 ms once nested, which would add
 * ~0.2 s over the ~50 slices of loading the index).
 */
function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const synonymRank = new Map<string, Map<string, number>>();
for (const s of SYNONYMS) {
  const key = nameKey(s.term);
  const ranks = synonymRank.get(key) ?? new Map<string, number>();
  s.ids.forEach((id, i) => ranks.set(id, i));
  synonymRank.set(key, ranks);
}

interface Candidate {
  n: number;
  score: number;
  match: MatchKind;
  alias?: string;
  via?: string;
  /** Scored in the blended band (a partial name match plus prose), so prose adds in full. */
  blended?: boolean;
  /** The words to mark: the variant's (a synonym or spelling variant marks what it matched). */
  terms?: string[];
}

/** One reading of the query: as typed, with a synonym expanded, or with its spelling corrected. */
interface Variant {
  query: string;
  weight: number;
  corrected?: boolean;
}

/** Variants rank below the query as typed: a synonym a little, a spelling guess a little more. */
const W_SYNONYM = 0.97;
const W_SPELLING = 0.9;

/**
 * The blended band, below names typed out: a name that only shares some words with the query, or
 * whose last word the query only starts, plus prose relevance. Scaled by how much of the query and
 * of the name the match covers, and by kind: the site is about techniques and controls, so a
 * malware named "X Ransomware" or a Sigma rule titled "… VPN …" does not outrank the technique
 * whose description is about it.
 */
const S_BLEND = 120_000;
const BLEND_KIND_FACTOR: Record<SearchKind, number> = {
  technique: 1,
  'sub-technique': 1,
  tactic: 1,
  mitigation: 1,
  'ccm-control': 1,
  'ccm-domain': 0.5,
  group: 0.55,
  campaign: 0.5,
  software: 0.5,
  'detection-strategy': 0.45,
  'data-component': 0.45,
  'kubernetes-technique': 0.6,
  'kubernetes-mitigation': 0.6,
  // How to use the site: found by their titles, never above the objects a word is about.
  guide: 0.6,
  'sigma-rule': 0.3,
  'atomic-test': 0.3,
};
/**
 * Kinds whose names may match the query as a phrase later in the name ("credential dumping" → OS
 * Credential Dumping, "cloud forensics" → the SEF domain): the ones the site is about.
 */
const PHRASE_KINDS = new Set<SearchKind>(['technique', 'sub-technique', 'tactic', 'mitigation', 'ccm-control', 'ccm-domain']);
/** Weight of a word found only in a technique's linked vocabulary (build.ts, expansionText), against its description. */
const MORE_WEIGHT = 0.7;

/**
 * The blended cover of a name found whole among more query words, before counting those words:
 * half of a full match, then more as the name covers more of the query.
 */
const NAMED_COVER = 0.5;

/** Endings that leave a word the same word: what a typed word may lack of a name's word. */
const INFLECTION = /^(s|es|ed|d|ing|er|ers|ion|ions)$/;
/** Whole-word match of a query word against a name word: equal, or equal after the plural stemmer. */
const sameWord = (w: string, t: string) => w === t || sStem(w) === sStem(t);
/** What the name index is asked, so "policy" also retrieves "Policies": words cut back to a common root. */
const retrievalRoot = (t: string) => (t.length > 4 ? t.replace(/(ies|y|s)$/, '') : t);
/** A name key with each word stemmed: "password policies" and "password policy" meet. */
const stemKey = (key: string) => key.split(' ').map(sStem).join(' ');

/** Prose scores are linear up to here; above it they approach S_TEXT_MAX without reaching it. */
const TEXT_KNEE = 60_000;
/**
 * A BM25 score (already scaled) into the text band: linear, then compressed above the knee so that
 * strong matches keep their order instead of all clipping to the band's top (several docs with
 * every word of a long query used to tie there, ordered by their place in the index).
 */
function textBand(x: number): number {
  if (x <= TEXT_KNEE) return Math.round(x);
  const room = S_TEXT_MAX - 100 - TEXT_KNEE;
  return Math.round(TEXT_KNEE + room * (1 - Math.exp(-(x - TEXT_KNEE) / room)));
}

interface TextTier {
  texts: (string | 0)[];
  /** Folded texts, for term counting. */
  folded: string[];
  avgLen: number;
  index: ReturnType<typeof createTextIndex>;
}

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** Counts word-initial occurrences of `stem` in folded text (a crude but fast term frequency). */
function countWordStarts(text: string, stem: string, cap = 20): number {
  let count = 0;
  let at = text.indexOf(stem);
  while (at !== -1 && count < cap) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) count++;
    at = text.indexOf(stem, at + stem.length);
  }
  return count;
}

/**
 * Full-text relevance by kind: this site is about techniques and the controls that answer them,
 * so prose hits on those outrank the same word in a malware or data-component description.
 */
const TEXT_KIND_FACTOR: Record<SearchKind, number> = {
  technique: 1,
  'sub-technique': 1,
  tactic: 1,
  mitigation: 1,
  'ccm-control': 1,
  // A domain's text is all its controls' titles: it would outrank the one control a query names.
  'ccm-domain': 0.5,
  group: 0.6,
  campaign: 0.5,
  software: 0.5,
  'detection-strategy': 0.6,
  'data-component': 0.6,
  'kubernetes-technique': 1,
  'kubernetes-mitigation': 1,
  // Guides mention many ids and topics in passing (T1133, IAM-14, MFA…).
  guide: 0.4,
  // No prose of their own in the index (names only), listed for completeness.
  'sigma-rule': 0.6,
  'atomic-test': 0.6,
};

export class SearchEngine {
  readonly version: string;
  readonly docs: SearchDoc[];
  private readonly byKey = new Map<string, number>();
  private readonly redirects = new Map<string, number>();
  private readonly nameIndex = createNameIndex();
  private readonly nameKeys: string[];
  private readonly shortKeys: string[];
  private readonly aliasKeys: string[][];
  /** Docs of the name tier; the full-text tier appends Sigma rules and Atomic tests after them. */
  private readonly nameTierSize: number;
  private text: TextTier | null = null;
  /** The name index is complete; until then scoreNames reads the names directly (scanNames). */
  private namesIndexed = false;
  private indexingNames = false;
  /** The full-text tier is being taken in (attachTextAsync). */
  private attaching = false;
  /** The whole current query as a name key (not cut at MAX_TERMS), for exact-name checks. */
  private queryKey = '';
  /** queryKey with each word stemmed. */
  private queryStem = '';
  /** Alias keys with each word stemmed, aligned with aliasKeys: made when first asked (aliasStem). */
  private readonly aliasStemKeys: (string[] | undefined)[] = [];
  /** Every word of names and aliases, then of the prose: what a misspelling is corrected to. */
  private readonly vocabulary = new Vocabulary();
  /** Own name keys (a sub-technique's without its parent) with each word stemmed: made when first asked (stemOf). */
  private readonly stemKeys: (string | undefined)[] = [];
  /** Sub-techniques' whole name keys ("parent: own") stemmed, when first asked (fullStemOf). */
  private readonly fullStemKeys: (string | undefined)[] = [];
  /** Adjacent word pairs of names and aliases ("cobalt strike", "multi factor"): what a run-together word may be (made when first asked). */
  private namePairSet: Set<string> | null = null;
  /** Sigma rule or Atomic test (doc position) → the technique it hunts for. */
  private readonly huntingTechnique = new Map<number, number>();

  constructor(payload: NamesPayload, deferIndexing = false) {
    this.version = payload.version;
    const rows = payload.docs;
    const names = new Map(rows.map((r) => [r[1], r[2]]));
    this.docs = rows.map((r, n) => {
      const kind = KIND_CODES[r[0]] ?? 'technique';
      const parent = kind === 'sub-technique' ? names.get(r[1].split('.')[0]!) : undefined;
      return {
        n,
        kind,
        id: r[1],
        name: parent ? `${parent}: ${r[2]}` : r[2],
        shortName: r[2],
        context: r[3],
        aliases: r[4] || [],
        deprecated: r[5] === 1,
        // Made when a result is shown: building ~2,900 links up front delayed the first result.
        get href() {
          return hrefForId(this.id) ?? '/';
        },
      };
    });
    // Everything the first search needs is made here; stemmed keys and name pairs when first asked.
    this.nameKeys = this.docs.map((d) => nameKey(d.name));
    this.shortKeys = this.docs.map((d, n) => (d.kind === 'sub-technique' ? nameKey(d.shortName) : this.nameKeys[n]!));
    this.aliasKeys = this.docs.map((d) => (d.aliases.length ? d.aliases.map(nameKey) : []));
    for (const keys of [this.nameKeys, ...this.aliasKeys]) {
      for (const k of keys) for (const w of k.split(' ')) this.vocabulary.add(w);
    }
    this.nameTierSize = this.docs.length;
    for (const d of this.docs) this.byKey.set(idKey(d.id), d.n);
    for (const [from, n] of payload.redirects) this.redirects.set(idKey(from), n);
    // The name tier is indexed here rather than downloaded: the docs are ~50 KB gzip, the same
    // index exported by FlexSearch is ~100 KB more, and building it takes a few tens of ms.
    if (!deferIndexing) {
      this.indexNames(0, this.docs.length);
      this.namesIndexed = true;
    }
  }

  /**
   * Builds the name index in slices, yielding to the event loop between them, so loading never
   * blocks input for long. The engine answers meanwhile: exact ids through a plain map, names by
   * reading them (scanNames), with the same scoring.
   */
  async indexNamesAsync(budgetMs = 8, pause: () => Promise<void> = yieldToEventLoop): Promise<void> {
    if (this.namesIndexed || this.indexingNames) return;
    this.indexingNames = true;
    let t0 = performance.now();
    for (let from = 0; from < this.nameTierSize; from += 50) {
      this.indexNames(from, Math.min(this.nameTierSize, from + 50));
      if (performance.now() - t0 >= budgetMs) {
        await pause();
        t0 = performance.now();
      }
    }
    this.namesIndexed = true;
    this.indexingNames = false;
  }

  get isNameIndexed(): boolean {
    return this.namesIndexed;
  }

  private indexNames(from: number, to: number) {
    for (let n = from; n < to; n++) {
      const d = this.docs[n]!;
      if (d.deprecated) continue;
      const technique = d.kind === 'technique' || d.kind === 'sub-technique';
      this.nameIndex.add({ n: d.n, id: technique ? `${d.id} ${d.id.slice(1)}` : d.id, name: d.name, alias: d.aliases.join(' \n ') });
    }
  }

  get hasText(): boolean {
    return this.text !== null;
  }

  /** Adds the full-text tier (an exported FlexSearch index built with the same options). */
  attachText(payload: TextPayload): void {
    for (const step of this.attachSteps(payload)) void step;
  }

  /**
   * Browser entry point for the full-text tier: the same work as attachText, in slices of about
   * `budgetMs`, yielding to the event loop between them, so results already on screen paint and
   * typing stays responsive while ~1 MB of index is taken in (one pass took 300–500 ms in one go).
   * Searches made meanwhile use the name tier; the text tier takes part once it is complete.
   */
  async attachTextAsync(payload: TextPayload, budgetMs = 8, pause: () => Promise<void> = yieldToEventLoop): Promise<void> {
    let t0 = performance.now();
    for (const step of this.attachSteps(payload)) {
      void step;
      if (performance.now() - t0 >= budgetMs) {
        await pause();
        t0 = performance.now();
      }
    }
  }

  /** attachText as resumable steps: each `yield` is a point where the caller may pause. */
  private *attachSteps(payload: TextPayload): Generator<string, void, undefined> {
    if (payload.version !== this.version) throw new Error(`search: text index ${payload.version} does not match names ${this.version}`);
    if (this.attaching || this.text) return;
    this.attaching = true;
    try {
      const index = createTextIndex();
      const SLICE = 1000;
      for (const [key, data] of payload.index) {
        if (!key.endsWith('.map') || !Array.isArray(data)) {
          index.import(key, data as string);
          continue;
        }
        // A word map is [[word, [[doc, …] or null, …]], …]; FlexSearch merges an imported map into
        // the one it has, so it can be taken in slices. It is also the prose vocabulary, with doc counts.
        for (let i = 0; i < data.length || i === 0; i += SLICE) {
          const slice = data.slice(i, i + SLICE);
          index.import(key, slice as unknown as string);
          for (const [word, buckets] of slice as [string, number[][]][]) this.vocabulary.add(word, buckets.reduce((a, b) => a + (b?.length ?? 0), 0));
          yield key;
        }
      }
      // Sigma rules and Atomic tests: name-searchable from now on, linked to their hunting-page anchor.
      const from = this.docs.length;
      if (from === this.nameTierSize) {
        for (const [k, id, name, detail, technique] of payload.hunting ?? []) {
          const t = this.byKey.get(idKey(technique));
          const context = [t === undefined ? technique : `${technique} ${this.docs[t]!.name}`, detail].filter(Boolean).join(' · ');
          const kind = KIND_CODES[k] ?? 'sigma-rule';
          const href = `${huntingHref(technique)}#${anchorId(kind === 'atomic-test' ? 'atomic' : 'sigma', id)}`;
          const n = this.docs.length;
          if (t !== undefined) this.huntingTechnique.set(n, t);
          this.docs.push({ n, kind, id, name, shortName: name, context, aliases: [], deprecated: false, href });
          this.nameKeys.push(nameKey(name));
          this.shortKeys.push(nameKey(name));
          this.aliasKeys.push([]);
          if ((this.docs.length - from) % 25 === 0) yield 'hunting docs';
        }
        // Names only (no id field): rule ids and test GUIDs are not something readers type.
        for (let n = from; n < this.docs.length; n++) {
          this.nameIndex.add({ n, id: '', name: this.docs[n]!.name, alias: '' });
          if ((n - from) % 25 === 24) yield 'hunting names';
        }
      }
      const folded: string[] = [];
      for (let i = 0; i < payload.texts.length; i++) {
        const t = payload.texts[i];
        folded.push(t ? fold(t) : '');
        if (i % 100 === 99) yield 'folded';
      }
      const lens = folded.filter(Boolean).map((t) => t.length);
      const avgLen = lens.reduce((a, b) => a + b, 0) / Math.max(1, lens.length);
      this.text = { texts: payload.texts, folded, avgLen, index };
    } finally {
      this.attaching = false;
    }
  }

  /** Exact id (any spelling) → doc, or a revoked id → its replacement. */
  lookupId(raw: string): { doc: SearchDoc; via?: string } | null {
    const key = parseIdQuery(raw);
    if (!key) return null;
    const n = this.byKey.get(key);
    if (n !== undefined) return { doc: this.docs[n]! };
    const r = this.redirects.get(key);
    if (r !== undefined) return { doc: this.docs[r]!, via: key };
    return null;
  }

  search(raw: string, options: SearchOptions = {}): SearchResponse {
    const query = cleanQuery(raw);
    const empty: SearchResponse = { query, hits: [], counts: {}, total: 0, fullText: this.hasText };
    if (!query) return empty;
    const terms = queryTerms(query);
    const cands = new Map<number, Candidate>();
    const exact = this.lookupId(query);
    if (exact) {
      const c: Candidate = exact.via ? { n: exact.doc.n, score: S_REDIRECT, match: 'redirect', via: exact.via } : { n: exact.doc.n, score: S_ID, match: 'id' };
      cands.set(c.n, c);
    }
    let corrected: string | undefined;
    if (terms.length) {
      for (const v of this.variants(query, !!exact)) {
        const found = this.scoreVariant(v.query, exact);
        if (v.corrected && found.size) corrected = v.query;
        for (const c of found.values()) {
          const weighted = v.weight === 1 ? c : { ...c, score: Math.round(c.score * v.weight) };
          const old = cands.get(c.n);
          if (!old || old.score < weighted.score) cands.set(c.n, weighted);
        }
      }
      this.liftHuntedTechniques(cands, terms);
    }

    const counts: Partial<Record<SearchKind, number>> = {};
    const all = [...cands.values()].filter((c) => !this.docs[c.n]!.deprecated || c.match === 'id');
    for (const c of all) {
      const k = this.docs[c.n]!.kind;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    const kept = options.kind ? all.filter((c) => this.docs[c.n]!.kind === options.kind) : all;
    kept.sort((a, b) => b.score - a.score || a.n - b.n);
    const limit = options.limit ?? 50;
    const hits = kept.slice(0, limit).map((c) => this.toHit(c, c.terms ?? terms));
    const didYouMean = !all.length && terms.length && !exact ? this.didYouMean(query) : undefined;
    return { query, hits, counts, total: kept.length, fullText: this.hasText, ...(corrected ? { corrected } : {}), ...(didYouMean ? { didYouMean } : {}) };
  }

  /**
   * After an empty result: each unknown word (no digits) replaced by the nearest known word with a
   * looser allowance than automatic correction (one edit more), or split in two; offered only if
   * that reading finds something. Never applied silently.
   */
  private didYouMean(query: string): string | undefined {
    const words = nameKey(query).split(' ');
    let changed = false;
    const fixed = words.map((w) => {
      if (/\d/.test(w) || this.vocabulary.has(w) || this.vocabulary.has(sStem(w))) return w;
      const near = this.vocabulary.nearest(w, { loose: true }) ?? this.vocabulary.split(w);
      if (!near) return w;
      changed = true;
      return near;
    });
    if (!changed) return undefined;
    const guess = fixed.join(' ');
    return this.scoreVariant(guess, null).size ? guess : undefined;
  }

  /**
   * A Sigma rule or Atomic test whose title matches the query as a name says what its technique is
   * about: "clear bash history", "golden saml", "delete volume shadow copies" are rule and test
   * titles, and the technique is the page a reader wants. So the technique ranks just above the
   * best such title, unless the query is that title or most of it from its start, which names that
   * one rule ("Okta Suspicious Activity Reported by End-user").
   */
  private liftHuntedTechniques(cands: Map<number, Candidate>, terms: string[]) {
    const lifts = new Map<number, number>();
    for (const c of cands.values()) {
      const t = this.huntingTechnique.get(c.n);
      if (t === undefined || c.match !== 'name' || c.blended) continue;
      // The exact title names that rule or test. So does most of a long title from its start, or
      // one still being typed; most of a short one ("disable windows firewall" → "Disable Windows
      // Firewall by Registry") is a topic: the technique first.
      if (c.score >= S_NAME_STEMMED) continue;
      const key = this.nameKeys[c.n]!;
      const typed = terms.join(' ');
      const typing = key.startsWith(typed) && key.length > typed.length && key[typed.length] !== ' ';
      if (typed.length * 2 >= key.length && (terms.length > SHORT_TITLE_WORDS || typing)) continue;
      lifts.set(t, Math.max(lifts.get(t) ?? 0, c.score + 1));
    }
    for (const [t, score] of lifts) {
      const old = cands.get(t);
      if (this.docs[t]!.deprecated) continue;
      if (!old) cands.set(t, { n: t, score, match: 'text', terms });
      else if (old.score < score) cands.set(t, { ...old, score });
    }
  }

  /**
   * The readings of a query: as typed; with each EXPANSIONS phrase it contains replaced; and, when
   * some word is in no index, with misspelt words corrected (ids and words with digits never are).
   */
  private variants(query: string, isId: boolean): Variant[] {
    const out: Variant[] = [{ query, weight: 1 }];
    if (isId) return out;
    const words = nameKey(query).split(' ');
    let changed = false;
    const fixed = words.map((w, i) => {
      const last = i === words.length - 1;
      const known = this.vocabulary.has(w) || this.vocabulary.has(sStem(w));
      // The word still being typed is fine while some known word starts with it.
      if (!known && last && this.vocabulary.hasPrefix(w)) return w;
      // A word written together that names write apart ("cobaltstrike", "multifactor") is split
      // even when some prose or rule title writes it together too.
      const apart = this.vocabulary.split(w, (pair) => this.namePairs().has(pair));
      if (apart) {
        changed = true;
        return apart;
      }
      const near = this.vocabulary.nearest(w, { rare: true }) ?? (known ? null : this.vocabulary.split(w));
      if (!near) return w;
      changed = true;
      return near;
    });
    if (changed) out.push({ query: fixed.join(' '), weight: W_SPELLING, corrected: true });
    // Synonym expansions of the query as typed and of its corrected spelling.
    for (const v of [...out]) {
      const padded = ` ${nameKey(v.query)} `;
      for (const e of EXPANSIONS) {
        const term = ` ${nameKey(e.term)} `;
        if (!padded.includes(term)) continue;
        // Words of the expansion the query already has are not repeated ("application
        // allowlisting" → "application control", not "application application control").
        const at = padded.indexOf(term);
        const rest = padded.replace(term, ' ').trim().split(' ').filter(Boolean);
        for (const x of e.expands) {
          const add = x.split(' ');
          const kept = rest.filter((w) => !add.includes(w));
          const before = kept.filter((w) => padded.indexOf(` ${w} `) < at);
          const after = kept.filter((w) => padded.indexOf(` ${w} `) >= at);
          out.push({ query: [...before, ...add, ...after].join(' '), weight: v.weight * W_SYNONYM });
        }
      }
    }
    return out;
  }

  /** Candidates for one reading of the query: names, then (with the full text) prose. */
  private scoreVariant(query: string, exact: { doc: SearchDoc } | null): Map<number, Candidate> {
    const terms = queryTerms(query);
    const qKey = terms.join(' ');
    this.queryKey = nameKey(query);
    this.queryStem = stemKey(this.queryKey);
    const cands = new Map<number, Candidate>();
    const offer = (c: Candidate) => {
      const old = cands.get(c.n);
      const next = { ...c, terms };
      if (!old || old.score < c.score) cands.set(c.n, old && old.alias && !c.alias ? { ...next, alias: old.alias } : next);
    };
    if (!terms.length) return cands;
    // Id prefixes only once a digit is typed (or a CCM domain code): "c" must not list campaigns by id.
    this.scoreNames(query, qKey, terms, offer, /\d/.test(query) || exact?.doc.kind === 'ccm-domain');
    // An exact id is what the reader wants; prose mentioning its digits is noise.
    if (this.text && !exact) this.scoreText(query, cands, offer);
    return cands;
  }

  /** Name tier: ids, names and aliases, scored by how completely and how early they match. */
  private scoreNames(query: string, qKey: string, terms: string[], offer: (c: Candidate) => void, ids: boolean) {
    // Names and aliases are asked with words cut to a common root, so "policy" retrieves "Policies";
    // scoring below decides how well each really matches.
    const roots = terms.map(retrievalRoot).join(' ');
    const results = !this.namesIndexed
      ? this.scanNames(query, roots, ids)
      : [
          ...(ids ? this.nameIndex.search(query, { index: ['id'], limit: NAME_CANDIDATES }) : []),
          // With the full text here, names sharing only some of several words are candidates too
          // (the blended band weighs how many): "encryption key rotation" → CEK-12 Key Rotation.
          ...this.nameIndex.search(roots, { index: ['name', 'alias'], limit: NAME_CANDIDATES, suggest: !!this.text && terms.length > 1 && terms.length <= 4 }),
        ];
    for (const field of results) {
      for (const id of field.result) {
        const n = Number(id);
        const doc = this.docs[n]!;
        const weight = KIND_INFO[doc.kind].weight * 100;
        if (field.field === 'id') {
          // How much of the id is still untyped: T1078 before T1078.001 before T1078.004's DET.
          const rest = Math.max(0, idKey(doc.id).length - idKey(query).length);
          offer({ n, score: S_ID_PREFIX - rest * 1000 + weight, match: 'id' });
        } else if (field.field === 'name') {
          const m = this.nameScore(n, qKey, terms);
          if (!m) continue;
          const hunting = (HUNTING_KINDS as readonly SearchKind[]).includes(doc.kind);
          if (m.blended) {
            offer({ n, score: m.score + weight, match: 'name', blended: true });
            continue;
          }
          // A title typed out (most of it, from its start) is still a name search.
          const title = m.score > S_ALIAS_PREFIX && qKey.length * 2 >= this.nameKeys[n]!.length;
          const demoted = hunting && m.score < S_NAME_EXACT - 100 && !title ? S_HUNTING_NAME - Math.round((S_NAME_WORDS - m.score) / 10) : m.score;
          offer({ n, score: demoted + weight, match: 'name' });
        } else {
          const best = this.aliasScore(n, qKey, terms);
          if (best) offer({ n, score: best.score + weight, match: 'alias', alias: best.alias, blended: best.blended });
        }
      }
    }
  }

  /**
   * The name index's candidates found by reading every name, for the moment before that index is
   * built (a page opened with a query answers at once): the docs whose id tokens start with every
   * word of the query, or whose name (or aliases) has a word starting with every root, as the
   * index's prefix ("forward") matching would return them. Scoring is the same either way.
   */
  private scanNames(query: string, roots: string, ids: boolean): { field: string; result: number[] }[] {
    const idTerms = ids ? query.split(/\s+/).filter(Boolean).map((w) => idKey(w).toLowerCase()) : [];
    const rootTerms = nameKey(roots).split(' ').filter(Boolean);
    const every = (words: string[], want: string[]) => want.length > 0 && want.every((t) => words.some((w) => w.startsWith(t)));
    const id: number[] = [];
    const name: number[] = [];
    const alias: number[] = [];
    for (let n = 0; n < this.docs.length; n++) {
      const d = this.docs[n]!;
      if (d.deprecated) continue;
      if (idTerms.length && n < this.nameTierSize) {
        const technique = d.kind === 'technique' || d.kind === 'sub-technique';
        const tokens = (technique ? [d.id, d.id.slice(1)] : [d.id]).map((t) => idKey(t).toLowerCase());
        if (every(tokens, idTerms)) id.push(n);
      }
      if (every(this.nameKeys[n]!.split(' '), rootTerms)) name.push(n);
      if (this.aliasKeys[n]!.length && every(this.aliasKeys[n]!.flatMap((k) => k.split(' ')), rootTerms)) alias.push(n);
    }
    return [
      { field: 'id', result: id },
      { field: 'name', result: name },
      { field: 'alias', result: alias },
    ];
  }

  /**
   * How well a name key matches: the exact name (or the same words but for plurals); a prefix that
   * ends on a word of the name ("valid accounts" → "Valid Accounts: Cloud Accounts") or whose last
   * word is still being typed ("valid acc"); else, once the full text is here, the blended band
   * (some words in common, or "vpn" starting "VPNFilter": "vpn" is a word of its own).
   */
  private matchKey(key: string, stemmed: string, qKey: string, terms: string[], kind: SearchKind): { score: number; blended?: boolean } | null {
    const whole = this.queryKey;
    if (key === whole) return { score: S_NAME_EXACT };
    // Same words but for plurals: below every exact name of any kind (kind weights and prose add < 2,000).
    if (stemmed === this.queryStem) return { score: S_NAME_STEMMED };
    const last = terms[terms.length - 1]!;
    if (key.startsWith(qKey)) {
      // Ends on a word of the name, or on an inflection of it ("spray" → "Spraying").
      const rest = key.slice(qKey.length).split(' ')[0]!;
      const endsOnWord = !rest || INFLECTION.test(rest);
      // One whole word the prose knows, found only as the start of a longer name word ("vpn" →
      // "VPNFilter"): a topic, not typeahead. Several words from a name's start are typeahead.
      if (endsOnWord || !this.text || terms.length > 1 || !this.vocabulary.has(last)) {
        return { score: S_NAME_PREFIX - Math.min(9_000, (key.length - qKey.length) * 50) };
      }
    } else if (terms.length > 1 && PHRASE_KINDS.has(kind) && (this.text || this.vocabulary.has(last))) {
      // Several whole words found together later in the name ("credential dumping" → OS Credential
      // Dumping): as good as a prefix with the same number of extra letters, a little less. Only
      // for the kinds the site is about: "Detection of Web Session Cookie Theft via …" is not.
      const at = key.indexOf(` ${qKey}`);
      if (at > 0) {
        const rest = key.slice(at + 1 + qKey.length).split(' ')[0]!;
        if (!rest || INFLECTION.test(rest)) return { score: S_NAME_PREFIX - 500 - Math.min(9_000, (key.length - qKey.length) * 50) };
      }
    }
    if (!this.text) return { score: S_NAME_WORDS - this.wordPenalty(key, terms) };
    const words = key.split(' ');
    let matched = 0;
    const used = new Set<number>();
    for (const t of terms) {
      let i = words.findIndex((w, j) => !used.has(j) && sameWord(w, t));
      let part = 1;
      if (i < 0) {
        i = words.findIndex((w, j) => !used.has(j) && w.startsWith(t));
        // A prefix counts in full for the word still being typed, half for a word typed out.
        part = t === last && !this.vocabulary.has(t) ? 0.8 : 0.5;
      }
      if (i < 0) continue;
      used.add(i);
      matched += part;
    }
    if (!matched) return null;
    const qCover = matched / terms.length;
    const nCover = used.size / words.length;
    // Every word of a name of two or more words, typed out, among other words: the query names
    // that object and says more ("stop services before encryption" → Service Stop). Not a
    // tactic's name: "lateral movement via rdp", "… for persistence" ask for a technique of it.
    const named = words.length >= 2 && matched === words.length && kind !== 'tactic';
    const cover = named ? NAMED_COVER + (1 - NAMED_COVER) * qCover : qCover * qCover * (0.5 + 0.5 * nCover);
    return { score: Math.round(S_BLEND * BLEND_KIND_FACTOR[kind] * cover), blended: true };
  }

  private nameScore(n: number, qKey: string, terms: string[]): { score: number; blended?: boolean } | null {
    const kind = this.docs[n]!.kind;
    const full = this.matchKey(this.nameKeys[n]!, kind === 'sub-technique' ? this.fullStemOf(n) : this.stemOf(n), qKey, terms, kind);
    if (this.shortKeys[n] === this.nameKeys[n]) return full;
    // A sub-technique's own name: as good as the whole, a little less.
    const own = this.matchKey(this.shortKeys[n]!, this.stemOf(n), qKey, terms, kind);
    if (own && !own.blended) own.score -= own.score >= S_NAME_STEMMED ? 10 : 100;
    if (!full) return own;
    if (!own) return full;
    return own.score > full.score ? own : full;
  }

  /** The doc's own name key (a sub-technique's without its parent), each word stemmed. */
  private stemOf(n: number): string {
    return (this.stemKeys[n] ??= stemKey(this.shortKeys[n]!));
  }

  private fullStemOf(n: number): string {
    return (this.fullStemKeys[n] ??= stemKey(this.nameKeys[n]!));
  }

  /** Adjacent word pairs of every name and alias of the name tier. */
  private namePairs(): Set<string> {
    if (!this.namePairSet) {
      this.namePairSet = new Set();
      for (let n = 0; n < this.nameTierSize; n++) {
        for (const k of [this.nameKeys[n]!, ...this.aliasKeys[n]!]) {
          const words = k.split(' ');
          for (let i = 1; i < words.length; i++) this.namePairSet.add(`${words[i - 1]} ${words[i]}`);
        }
      }
    }
    return this.namePairSet;
  }

  private aliasScore(n: number, qKey: string, terms: string[]): { score: number; alias: string; blended?: boolean } | null {
    const keys = this.aliasKeys[n]!;
    const kind = this.docs[n]!.kind;
    let best: { score: number; alias: string; blended?: boolean } | null = null;
    keys.forEach((k, i) => {
      const m = this.matchKey(k, (this.aliasStemKeys[n] ??= keys.map(stemKey))[i]!, qKey, terms, kind);
      if (!m) return;
      // Each alias band sits just under the same match on the name.
      let s = m.score;
      if (!m.blended) {
        if (s >= S_NAME_STEMMED) s = S_ALIAS_EXACT - (s === S_NAME_EXACT ? 0 : S_NAME_EXACT - S_NAME_STEMMED) - (synonymRank.get(qKey)?.get(this.docs[n]!.id) ?? 0) * 1_000;
        else if (s > S_NAME_WORDS) s = s - (S_NAME_PREFIX - S_ALIAS_PREFIX);
        else s = s - (S_NAME_WORDS - S_ALIAS_WORDS);
      } else s = Math.round(s * 0.9);
      if (!best || s > best.score) best = { score: s, alias: this.docs[n]!.aliases[i]!, blended: m.blended };
    });
    return best;
  }

  /** Later and partial word matches cost a little: "Cloud Accounts" before "Account Discovery: Cloud Account". */
  private wordPenalty(key: string, terms: string[]): number {
    const words = key.split(' ');
    let p = 0;
    for (const t of terms) {
      const i = words.findIndex((w) => w.startsWith(t));
      p += i < 0 ? 20_000 : i * 500 + (words[i] === t ? 0 : 200);
    }
    return p;
  }

  /**
   * Full text: BM25 over the description ("text") and, at a lower weight, a technique's linked
   * vocabulary ("more"), each word looked up on its own. Every word must match in one of the two;
   * when fewer than three docs have them all, one word may be missing from a query of two to four
   * words, and two in five of a longer one (a typo, or a word nobody wrote), while long pasted junk
   * (logs, markup) still needs most of its words.
   */
  private scoreText(query: string, cands: Map<number, Candidate>, offer: (c: Candidate) => void) {
    const tier = this.text!;
    const stems = [...new Set(textTerms(query))];
    if (!stems.length) return;
    const lookup = (s: string, field: 'text' | 'more') =>
      new Set((tier.index.search(s, { index: [field], limit: TEXT_CANDIDATES_PER_WORD })[0]?.result ?? []).map(Number));
    const inText = stems.map((s) => lookup(s, 'text'));
    const inMore = stems.map((s) => lookup(s, 'more'));
    const N = this.nameTierSize;
    const df = stems.map((_, i) => Math.max(1, new Set([...inText[i]!, ...inMore[i]!]).size));
    const idf = df.map((d) => Math.log(1 + (N - d + 0.5) / (d + 0.5)));
    // Docs by how many query words they have (and how rare those are).
    const have = new Map<number, { count: number; pre: number; seen?: Set<number> }>();
    stems.forEach((_, i) => {
      for (const set of [inText[i]!, inMore[i]!]) {
        for (const n of set) {
          const h = have.get(n) ?? { count: 0, pre: 0 };
          if (!h.seen?.has(i)) {
            h.count++;
            h.pre += idf[i]!;
            (h.seen ??= new Set()).add(i);
          }
          have.set(n, h);
        }
      }
    });
    const all = [...have].filter(([, h]) => h.count === stems.length);
    let required = stems.length;
    if (all.length < 3 && stems.length >= 2) required = stems.length <= 4 ? stems.length - 1 : Math.ceil(stems.length * 0.6);
    const ids = [...have]
      .filter(([, h]) => h.count >= required)
      .sort((a, b) => b[1].pre - a[1].pre || a[0] - b[0])
      .slice(0, TEXT_CANDIDATES)
      .map(([n]) => n);
    // A doc whose name already shares words with the query keeps its prose evidence for the words
    // its prose has, discounted by the share it lacks ("conditional access bypass": the Conditional
    // Access Policies technique never says "bypass", but its text is all about conditional access).
    const partial = new Map<number, number>();
    for (const [n, h] of have) {
      if (h.count >= required || !cands.get(n)?.blended) continue;
      partial.set(n, (h.count / stems.length) ** 2);
      ids.push(n);
    }
    const k1 = 1.2;
    // Mild length normalisation: a technique's description is long because it is about the
    // subject; with BM25's usual 0.75, one-line software descriptions that mention a word once
    // outranked the technique about it (T1133 was 31st for "vpn").
    const b = 0.3;
    for (const n of ids) {
      const folded = tier.folded[n] ?? '';
      const len = folded.length / tier.avgLen;
      let score = 0;
      stems.forEach((s, i) => {
        const inProse = inText[i]!.has(n);
        const f = inProse ? Math.max(1, countWordStarts(folded, s)) : 0;
        if (f) score += (idf[i]! * f * (k1 + 1)) / (f + k1 * (1 - b + b * len));
        if (inMore[i]!.has(n)) score += idf[i]! * MORE_WEIGHT * (inProse ? 0.5 : 1);
      });
      const doc = this.docs[n]!;
      const scaled = textBand(score * 5_000 * TEXT_KIND_FACTOR[doc.kind] * (partial.get(n) ?? 1)) + KIND_INFO[doc.kind].weight;
      const prior = cands.get(n);
      // Name matches stay in their band; prose only orders them among equals. In the blended
      // band, prose counts in full.
      if (prior?.blended) prior.score += scaled;
      else if (prior) prior.score += Math.min(99, Math.round(scaled / 1_000));
      else offer({ n, score: scaled, match: 'text' });
    }
  }

  private toHit(c: Candidate, terms: string[]): SearchHit {
    const doc = this.docs[c.n]!;
    // An id match is shown whole; marking its digits inside names would be noise.
    const marks = c.match === 'id' || c.match === 'redirect' ? [] : terms;
    // Synonyms (options.ts) are search aids, not names the object goes by: not listed as aliases.
    const isSynonym = (a: string) => synonymRank.get(nameKey(a))?.has(doc.id) ?? false;
    const names = doc.aliases.filter((a) => !isSynonym(a));
    const aka = names.length ? `Also known as ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}` : '';
    const context = highlight([doc.context, aka].filter(Boolean).join(' · '), marks);
    const text = this.text?.texts[c.n] || '';
    let snippet: Segment[];
    if (c.match === 'redirect') {
      snippet = [{ text: `${c.via} was revoked by ATT&CK; it is now `, hit: false }, ...whole(doc.id), { text: '.', hit: false }];
    } else if (c.match === 'alias' && c.alias && isSynonym(c.alias)) {
      snippet = [{ text: 'Common short name: ', hit: false }, ...highlight(c.alias, marks), ...(context.length ? [{ text: ' · ', hit: false }, ...context] : [])];
    } else if (c.match === 'alias' && c.alias) {
      snippet = [{ text: 'Also known as ', hit: false }, ...highlight(c.alias, marks)];
    } else if (text && marks.length) {
      // Prose around the words, when the full-text tier is here and has them.
      const ex = excerpt(text, marks, undefined, this.text?.folded[c.n]);
      snippet = c.match === 'text' || ex.some((s) => s.hit) ? ex : context;
    } else {
      snippet = context;
    }
    return { doc, score: c.score, match: c.match, title: highlight(doc.name, marks), context, snippet, via: c.via };
  }
}
