/**
 * Query normalisation, shared by the index build, the engine and the tests. Pure string code:
 * no FlexSearch, no content; safe for any input (control characters, HTML, emoji, 10,000 chars).
 */

/** Longer queries are cut here before searching (the input keeps what was typed). */
export const MAX_QUERY_CHARS = 200;
/** Words beyond this are ignored: nobody's meaningful query has more, and each word costs a lookup. */
export const MAX_TERMS = 8;

import { STOP_WORDS } from './stopwords';

const STOP = new Set(STOP_WORDS);
const COMBINING = /[\u0300-\u036f]/g;
// Everything but letters and digits separates words (same rule FlexSearch's default encoder uses).
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// C0/C1 controls and lone surrogates would only confuse the tokenizer.
const CONTROL = /[\p{Cc}\p{Cs}]+/gu;

/** Trimmed, NFKC-normalised, control-free, whitespace-collapsed and clamped query. */
export function cleanQuery(raw: string): string {
  let s = String(raw ?? '').slice(0, MAX_QUERY_CHARS * 4);
  s = s.normalize('NFKC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > MAX_QUERY_CHARS) s = s.slice(0, MAX_QUERY_CHARS).replace(/[\uD800-\uDBFF]$/, '');
  return s;
}

const ASCII = /^[\x00-\x7f]*$/;
/**
 * Lower case without diacritics; lengths may change (ß → ss is not done, ﬁ → fi is). Plain ASCII,
 * which normalisation leaves as it is, skips it: most names and prose are ASCII, and folding them
 * was a large part of building the engine when a page opens.
 */
export const fold = (s: string) => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(COMBINING, '').toLowerCase());

/** Comparable form of a name or alias: folded, words separated by single spaces. */
export const nameKey = (s: string) => fold(s).replace(NON_WORD, ' ').trim();

/** The query's words (folded), at most MAX_TERMS. */
export const queryTerms = (q: string) => nameKey(cleanQuery(q)).split(' ').filter(Boolean).slice(0, MAX_TERMS);

/**
 * The words the full-text encoder keeps from a query (stop words and 1-letter words out, plural
 * stemmed), so engine scoring counts exactly what the index matched.
 */
export const textTerms = (q: string) => queryTerms(q).filter((t) => t.length >= 2 && !STOP.has(t)).map(sStem);

/**
 * Canonical key of an id, so every spelling of one id meets: upper case, `/` → `.`, and `&`, `-`,
 * `_` and spaces dropped. "I&S-06", "IS-06", "i&s06" → "IS06"; "T1078.004" → "T1078.004".
 * (CCM ids stay unique without `&`: the two `&` domains, A&A and I&S, become AA and IS, which no
 * other domain uses.)
 */
export const idKey = (id: string) => id.toUpperCase().replace(/\//g, '.').replace(/[&\-_\s]/g, '');

const ATTACK_PREFIXES = /^(TA|DET|DC|M|G|S|C)(\d{4})$/;
const TECHNIQUE = /^T?(\d{4})(?:[./](\d{3}))?$/;
const CCM_CONTROL = /^([A-Z]{2,3})(\d{1,2})$/;
const CCM_DOMAIN = /^[A-Z]{2,3}$/;
// Threat Matrix for Kubernetes: MS-TA9005 (technique), MS-M9001, MS-M9005.001 (mitigations).
const KUBERNETES = /^MS(TA|M)9\d{3}(\.\d{3})?$/;

/**
 * If the whole query is an id in any spelling people paste, its idKey; otherwise null.
 * Accepts `T1133`, `t1133`, `1133`, `T1078.004`, `T1078/004`, `T1078 004`, `1078.004`, `I&S-06`,
 * `T1078-004`, `IS-06`, `i&s-06`, `IAM-14`, `iam14`, `IAM-1`, `G0096`, `M1032`, `TA0001`, `DET0354`, `MS-TA9005`, `ms-m9005.001`, and
 * attack.mitre.org or this site's URLs and paths (`https://attack.mitre.org/techniques/T1078/004/`,
 * `/ccm/IS-06/`). Whether the id exists is the caller's question.
 */
export function parseIdQuery(raw: string): string | null {
  let s = cleanQuery(raw);
  if (!s || s.length > 120) return null;
  // URLs and paths: keep the path, drop scheme, host, query and fragment.
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  // Surrounding quotes, brackets and sentence punctuation from copy-paste.
  s = s.replace(/^[\s"'`([{<«“‘]+|[\s"'`)\]}>»”’.,;:!]+$/gu, '');
  if (s.includes('/')) {
    const parts = s.split('/').filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    const prev = parts[parts.length - 2] ?? '';
    // Sub-technique and Kubernetes sub-mitigation paths: /T1078/004/, /kubernetes/MS-M9005/001/.
    s = /^\d{3}$/.test(last) && /^(t?\d{4}|ms-m9\d{3})$/i.test(prev) ? `${prev}.${last}` : last;
  }
  // "T1078 . 004", "T 1133", "IAM - 14": separators may be spaced out.
  let key = s.toUpperCase().replace(/\s*([./\-_&])\s*/g, '$1');
  const spacedSub = /^(T?\d{4})(?:\s+|[-_])(\d{3})$/.exec(key);
  if (spacedSub) key = `${spacedSub[1]}.${spacedSub[2]}`;
  key = idKey(key);
  const t = TECHNIQUE.exec(key);
  if (t) return t[2] ? `T${t[1]}.${t[2]}` : `T${t[1]}`;
  if (ATTACK_PREFIXES.test(key)) return key;
  if (KUBERNETES.test(key)) return key;
  const c = CCM_CONTROL.exec(key);
  if (c) return `${c[1]}${c[2]!.padStart(2, '0')}`;
  if (CCM_DOMAIN.test(key)) return key;
  return null;
}

/**
 * A light English plural stemmer ("S-stemmer", Harman 1991), used by the full-text encoder and by
 * the highlighter so "VPN" finds "VPNs" and "policies" meets "policy". Deliberately weak: it
 * never merges different words the way a Porter stemmer merges "organization" and "organ".
 */
const stems = new Map<string, string>();
export function sStem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemOf(word);
    // Words repeat across names, queries and keystrokes; the cap only guards against floods.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

function stemOf(word: string): string {
  if (word.length > 4 && word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}
