/**
 * Typo tolerance: a vocabulary of the words the indexes hold, and the nearest known word for one
 * that is not there. Words of 5 to 7 letters may be one edit off, longer ones two (an edit is an
 * insertion, deletion, substitution or swap of two neighbours: "kerberosting", "phising",
 * "ransomeware", "acounts"). Ids and words with digits never fuzz: T1133 must not become T1134.
 */

/** Edits allowed for a word of this length (0: the word is too short to correct safely). */
export const maxEdits = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), or `max + 1` as soon as
 * it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

const LETTERS = /^\p{L}+$/u;
/** Docs a word may be in and still be taken for a misspelling of a far commoner neighbour. */
const RARE = 2;

/** Words with how many docs use them; asked for exact words, prefixes and nearest neighbours. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private sorted: string[] | null = null;
  /** Words by first letter, for the neighbour scan (a typo rarely hits the first letter and the second at once). */
  private byInitial: Map<string, string[]> | null = null;

  add(word: string, docs = 1): void {
    if (word.length < 2) return;
    this.counts.set(word, (this.counts.get(word) ?? 0) + docs);
    this.sorted = null;
    this.byInitial = null;
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** Whether some word starts with `prefix` (the word still being typed). */
  hasPrefix(prefix: string): boolean {
    const list = this.list();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]!.startsWith(prefix);
  }

  /**
   * The known word nearest to `word` within its edit allowance, the most used among equals; null
   * when `word` is known, too short, has a digit, or nothing is near enough.
   */
  nearest(word: string, { rare = false, loose = false } = {}): string | null {
    // Loose (for "did you mean" after nothing was found): one edit more, one from four letters.
    const max = loose ? Math.max(1, maxEdits(word.length) + 1) - (word.length < 4 ? 1 : 0) : maxEdits(word.length);
    if (!max || !LETTERS.test(word)) return null;
    // A known word is corrected only when it is rare (a misspelling that got into a title once:
    // "Persistance") and a word many times as common is near it.
    const own = this.counts.get(word);
    if (own !== undefined && (!rare || own > RARE)) return null;
    const minCount = own === undefined ? 0 : own * 20;
    if (!this.byInitial) {
      this.byInitial = new Map();
      for (const w of this.list()) {
        for (const c of new Set([w[0]!, w[1] ?? ''])) {
          if (!c) continue;
          const list = this.byInitial.get(c);
          if (list) list.push(w);
          else this.byInitial.set(c, [w]);
        }
      }
    }
    let best: string | null = null;
    let bestD = max + 1;
    let bestCount = 0;
    // Words starting with the typed first letter, or whose second letter it is (a swapped pair).
    const pool = new Set([...(this.byInitial.get(word[0]!) ?? []), ...(this.byInitial.get(word[1]!) ?? []).filter((w) => w[1] === word[0])]);
    for (const w of pool) {
      if (Math.abs(w.length - word.length) > max || w.length < 4 || w === word || this.counts.get(w)! < minCount) continue;
      const d = editDistance(word, w, Math.min(max, bestD));
      const count = this.counts.get(w)!;
      if (d < bestD || (d === bestD && d <= max && (count > bestCount || (count === bestCount && best !== null && w < best)))) {
        if (d > max) continue;
        best = w;
        bestD = d;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * `word` as two known words ("cobaltstrike" → "cobalt strike"), the most used pair; or null.
   * A known word is only split into a pair `accept` allows (words that stand together in a name).
   */
  split(word: string, accept?: (pair: string) => boolean): string | null {
    if (word.length < 6 || !LETTERS.test(word) || (this.counts.has(word) && !accept)) return null;
    let best: string | null = null;
    let bestCount = 0;
    for (let i = 3; i <= word.length - 3; i++) {
      const a = this.counts.get(word.slice(0, i));
      const b = this.counts.get(word.slice(i));
      if (a === undefined || b === undefined) continue;
      if (accept && !accept(`${word.slice(0, i)} ${word.slice(i)}`)) continue;
      const count = Math.min(a, b);
      if (count > bestCount) {
        best = `${word.slice(0, i)} ${word.slice(i)}`;
        bestCount = count;
      }
    }
    return best;
  }

  private list(): string[] {
    if (!this.sorted) this.sorted = [...this.counts.keys()].sort();
    return this.sorted;
  }
}
