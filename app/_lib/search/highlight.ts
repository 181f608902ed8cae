/**
 * Marks query words in display text. Returns plain segments that components render as React
 * elements (`<mark>` for hits), so neither user input nor data ever becomes HTML.
 */
import { fold, sStem } from './query';
import type { Segment } from './types';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where each word of `text` starts with one of `terms` (folded), as [start, end) ranges, from
 * offset `from`, stopping after `max` of them.
 */
function ranges(text: string, terms: readonly string[], stems: readonly string[], from = 0, max = Infinity): [number, number][] {
  const out: [number, number][] = [];
  if (!terms.length || !text) return out;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const f = fold(word);
    let len = 0;
    let stem: string | undefined;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (f.startsWith(t)) len = Math.max(len, t.length);
      else if ((stem ??= sStem(f)).startsWith(stems[i]!)) len = Math.max(len, f.length);
    }
    if (!len) continue;
    // Folding can change length (ﬁ → fi, combining marks): then mark the whole word.
    const end = f.length === word.length ? m.index + Math.min(len, word.length) : m.index + word.length;
    out.push([m.index, end]);
    if (out.length >= max) break;
  }
  WORD.lastIndex = 0;
  return out;
}

/** `text` cut into hit / non-hit segments for `terms` (folded query words). */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const stems = terms.map(sStem);
  const rs = ranges(text, terms, stems);
  if (!rs.length) return text ? [{ text, hit: false }] : [];
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of rs) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** Marks the whole of `text` (an id the reader typed exactly). */
export const whole = (text: string): Segment[] => [{ text, hit: true }];

/**
 * A window of about `width` characters of `text` around the first hit of `terms`, cut at word
 * boundaries with ellipses, highlighted. Falls back to the start of the text.
 *
 * `folded` (fold(text), which the engine keeps for every prose text) lets a long text be skipped
 * to near its first hit, or not scanned at all when no term occurs in it: marking 40 results'
 * descriptions word by word was most of a keystroke's time.
 */
export function excerpt(text: string, terms: readonly string[], width = 180, folded?: string): Segment[] {
  const stems = terms.map(sStem);
  let from = 0;
  let scan = true;
  if (folded !== undefined && folded.length === text.length) {
    let at = -1;
    // A word matches when it starts with a term or its plural stem starts with the term's stem:
    // either way the text holds the term, or the stem without a final "y" ("policies", "policy").
    for (const t of [...terms, ...stems.map((st) => (st.endsWith('y') ? st.slice(0, -1) : st))]) {
      const i = t ? folded.indexOf(t) : -1;
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at === -1) scan = false;
    else from = Math.max(0, folded.lastIndexOf(' ', at - 1) + 1);
  }
  const first = scan ? ranges(text, terms, stems, from, 1)[0] : undefined;
  let start = 0;
  if (first && first[0] > width / 3) {
    start = first[0] - Math.floor(width / 3);
    const space = text.lastIndexOf(' ', start);
    start = space > start - 20 && space >= 0 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space !== -1 && space - end < 20 ? space : end;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const segs = highlight(body, terms);
  if (start > 0) segs.unshift({ text: '…', hit: false });
  if (end < text.length) segs.push({ text: '…', hit: false });
  return segs;
}
