/**
 * The search engine, the same code in the browser and in tests: exact ids through a plain map
 * (so an id is always first, whatever FlexSearch does), names and aliases through the name index
 * (FlexSearch, prefix matching), prose through the imported full-text index, then one scoring
 * pass that orders everything and counts hits per kind.
 */
import { anchorId, hrefForId, huntingHref } from '../urls';
import { HUNTING_KINDS, KIND_CODES, KIND_INFO, type SearchKind } from './kinds';
import { SYNONYMS, createNameIndex, createTextIndex } from './options';
import { cleanQuery, fold, idKey, nameKey, parseIdQuery, queryTerms, textTerms } from './query';
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

/** How many candidates each FlexSearch field may return; scoring and counting cost grows with it. */
const NAME_CANDIDATES = 400;
const TEXT_CANDIDATES = 600;

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
  'ccm-domain': 0.9,
  group: 0.6,
  campaign: 0.5,
  software: 0.5,
  'detection-strategy': 0.6,
  'data-component': 0.6,
  'kubernetes-technique': 1,
  'kubernetes-mitigation': 1,
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
  /** The whole current query as a name key (not cut at MAX_TERMS), for exact-name checks. */
  private queryKey = '';

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
        href: hrefForId(r[1]) ?? '/',
      };
    });
    this.nameKeys = this.docs.map((d) => nameKey(d.name));
    this.shortKeys = this.docs.map((d) => nameKey(d.shortName));
    this.aliasKeys = this.docs.map((d) => d.aliases.map(nameKey));
    this.nameTierSize = this.docs.length;
    for (const d of this.docs) this.byKey.set(idKey(d.id), d.n);
    for (const [from, n] of payload.redirects) this.redirects.set(idKey(from), n);
    // The name tier is indexed here rather than downloaded: the docs are ~50 KB gzip, the same
    // index exported by FlexSearch is ~100 KB more, and building it takes a few tens of ms.
    if (!deferIndexing) this.indexNames(0, this.docs.length);
  }

  /**
   * Browser entry point: builds the name index in slices, yielding to the event loop between
   * them, so loading never blocks input for long. Exact ids work from the start (plain map).
   */
  static async create(payload: NamesPayload, slice = 400): Promise<SearchEngine> {
    const engine = new SearchEngine(payload, true);
    for (let from = 0; from < engine.docs.length; from += slice) {
      engine.indexNames(from, Math.min(engine.docs.length, from + slice));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return engine;
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
    if (payload.version !== this.version) throw new Error(`search: text index ${payload.version} does not match names ${this.version}`);
    const index = createTextIndex();
    for (const [key, data] of payload.index) index.import(key, data as string);
    // Sigma rules and Atomic tests: name-searchable from now on, linked to their hunting-page anchor.
    const from = this.docs.length;
    if (from === this.nameTierSize) {
      for (const [k, id, name, detail, technique] of payload.hunting ?? []) {
        const t = this.byKey.get(idKey(technique));
        const context = [t === undefined ? technique : `${technique} ${this.docs[t]!.name}`, detail].filter(Boolean).join(' · ');
        const kind = KIND_CODES[k] ?? 'sigma-rule';
        const href = `${huntingHref(technique)}#${anchorId(kind === 'atomic-test' ? 'atomic' : 'sigma', id)}`;
        const n = this.docs.length;
        this.docs.push({ n, kind, id, name, shortName: name, context, aliases: [], deprecated: false, href });
        this.nameKeys.push(nameKey(name));
        this.shortKeys.push(nameKey(name));
        this.aliasKeys.push([]);
      }
      // Names only (no id field): rule ids and test GUIDs are not something readers type.
      for (let n = from; n < this.docs.length; n++) this.nameIndex.add({ n, id: '', name: this.docs[n]!.name, alias: '' });
    }
    const folded = payload.texts.map((t) => (t ? fold(t) : ''));
    const lens = folded.filter(Boolean).map((t) => t.length);
    const avgLen = lens.reduce((a, b) => a + b, 0) / Math.max(1, lens.length);
    this.text = { texts: payload.texts, folded, avgLen, index };
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
    const qKey = terms.join(' ');
    this.queryKey = nameKey(query);
    const cands = new Map<number, Candidate>();
    const offer = (c: Candidate) => {
      const old = cands.get(c.n);
      if (!old || old.score < c.score) cands.set(c.n, old && old.alias && !c.alias ? { ...c, alias: old.alias } : c);
    };

    const exact = this.lookupId(query);
    if (exact) {
      offer(exact.via ? { n: exact.doc.n, score: S_REDIRECT, match: 'redirect', via: exact.via } : { n: exact.doc.n, score: S_ID, match: 'id' });
    }

    if (terms.length) {
      // Id prefixes only once a digit is typed (or a CCM domain code): "c" must not list campaigns by id.
      this.scoreNames(query, qKey, terms, offer, /\d/.test(query) || exact?.doc.kind === 'ccm-domain');
    }
    // An exact id is what the reader wants; prose mentioning its digits is noise.
    if (this.text && terms.length && !exact) this.scoreText(query, cands, offer);

    const counts: Partial<Record<SearchKind, number>> = {};
    const all = [...cands.values()].filter((c) => !this.docs[c.n]!.deprecated || c.match === 'id');
    for (const c of all) {
      const k = this.docs[c.n]!.kind;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    const kept = options.kind ? all.filter((c) => this.docs[c.n]!.kind === options.kind) : all;
    kept.sort((a, b) => b.score - a.score || a.n - b.n);
    const limit = options.limit ?? 50;
    const hits = kept.slice(0, limit).map((c) => this.toHit(c, terms));
    return { query, hits, counts, total: kept.length, fullText: this.hasText };
  }

  /** Name tier: ids, names and aliases, scored by how completely and how early they match. */
  private scoreNames(query: string, qKey: string, terms: string[], offer: (c: Candidate) => void, ids: boolean) {
    const fields: ('id' | 'name' | 'alias')[] = ids ? ['id', 'name', 'alias'] : ['name', 'alias'];
    const results = this.nameIndex.search(query, { index: fields, limit: NAME_CANDIDATES });
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
          const score = this.nameScore(n, qKey, terms);
          // A title typed out (most of it, from its start) is still a name search.
          const title = score > S_ALIAS_PREFIX && qKey.length * 2 >= this.nameKeys[n]!.length;
          const hunting = (HUNTING_KINDS as readonly SearchKind[]).includes(doc.kind);
          const demoted = hunting && score < S_NAME_EXACT - 100 && !title ? S_HUNTING_NAME - Math.round((S_NAME_WORDS - score) / 10) : score;
          offer({ n, score: demoted + weight, match: 'name' });
        } else {
          const best = this.aliasScore(n, qKey, terms);
          if (best) offer({ n, score: best.score + weight, match: 'alias', alias: best.alias });
        }
      }
    }
  }

  private nameScore(n: number, qKey: string, terms: string[]): number {
    const full = this.nameKeys[n]!;
    const short = this.shortKeys[n]!;
    // `terms` (and qKey) stop at MAX_TERMS words; exactness compares long names (Sigma titles) whole.
    const whole = this.queryKey;
    if (full === whole || short === whole) return S_NAME_EXACT - (full === whole ? 0 : 10);
    const penalty = (k: string) => Math.min(9_000, (k.length - qKey.length) * 50);
    if (full.startsWith(qKey)) return S_NAME_PREFIX - penalty(full);
    if (short.startsWith(qKey)) return S_NAME_PREFIX - penalty(short) - 100;
    return S_NAME_WORDS - this.wordPenalty(full, terms) - penalty(short);
  }

  private aliasScore(n: number, qKey: string, terms: string[]): { score: number; alias: string } | null {
    const keys = this.aliasKeys[n]!;
    let best: { score: number; alias: string } | null = null;
    keys.forEach((k, i) => {
      let s = 0;
      if (k === qKey) s = S_ALIAS_EXACT - (synonymRank.get(qKey)?.get(this.docs[n]!.id) ?? 0) * 1_000;
      else if (k.startsWith(qKey)) s = S_ALIAS_PREFIX - Math.min(9_000, (k.length - qKey.length) * 50);
      else if (terms.every((t) => k.split(' ').some((w) => w.startsWith(t)))) s = S_ALIAS_WORDS - this.wordPenalty(k, terms);
      if (s && (!best || s > best.score)) best = { score: s, alias: this.docs[n]!.aliases[i]! };
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
   * Full text: BM25 over the candidates FlexSearch returns. Every word must match; a query of two
   * to four words falls back to "all but one", so one typo or absent word does not empty the page,
   * while long pasted junk (logs, markup) does not match on its common words.
   */
  private scoreText(query: string, cands: Map<number, Candidate>, offer: (c: Candidate) => void) {
    const tier = this.text!;
    const stems = [...new Set(textTerms(query))];
    if (!stems.length) return;
    let required = stems.length;
    let ids = tier.index.search(query, { index: ['text'], limit: TEXT_CANDIDATES })[0]?.result ?? [];
    if (!ids.length && stems.length >= 2 && stems.length <= 4) {
      required = stems.length - 1;
      ids = tier.index.search(query, { index: ['text'], limit: TEXT_CANDIDATES, suggest: true })[0]?.result ?? [];
    }
    if (!ids.length) return;
    const N = this.docs.length;
    const tfs = ids.map((id) => stems.map((s) => countWordStarts(tier.folded[Number(id)]!, s)));
    // Document frequency among the candidates stands in for the corpus's (cheap, and close enough).
    const df = stems.map((_, i) => Math.max(1, tfs.reduce((acc, tf) => acc + (tf[i] ? 1 : 0), 0)));
    const k1 = 1.2;
    // Mild length normalisation: a technique's description is long because it is about the
    // subject; with BM25's usual 0.75, one-line software descriptions that mention a word once
    // outranked the technique about it (T1133 was 31st for "vpn").
    const b = 0.3;
    ids.forEach((id, j) => {
      const n = Number(id);
      const tf = tfs[j]!;
      if (tf.filter(Boolean).length < required) return;
      const len = tier.folded[n]!.length / tier.avgLen;
      let score = 0;
      tf.forEach((f, i) => {
        if (!f) return;
        const idf = Math.log(1 + (N - df[i]! + 0.5) / (df[i]! + 0.5));
        score += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + b * len));
      });
      const doc = this.docs[n]!;
      const scaled = Math.min(S_TEXT_MAX - 100, Math.round(score * 5_000 * TEXT_KIND_FACTOR[doc.kind])) + KIND_INFO[doc.kind].weight;
      const prior = cands.get(n);
      // Name matches stay in their band; prose only orders them among equals.
      if (prior) prior.score += Math.min(99, Math.round(scaled / 1_000));
      else offer({ n, score: scaled, match: 'text' });
    });
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
      const ex = excerpt(text, marks);
      snippet = c.match === 'text' || ex.some((s) => s.hit) ? ex : context;
    } else {
      snippet = context;
    }
    return { doc, score: c.score, match: c.match, title: highlight(doc.name, marks), context, snippet, via: c.via };
  }
}
