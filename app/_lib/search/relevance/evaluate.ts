/**
 * Relevance metrics for a judged query set, independent of any engine: give it a function from a
 * query to the ids of its results, best first, and the judgements (judgements.ts). A query
 * succeeds at k when any accepted id is among its first k results. Per group and overall:
 * success@1, success@3 and MRR@10 (the mean of 1/rank of the first accepted id, 0 beyond 10).
 * Overall figures weigh every query the same (a micro average). Pure: no I/O, no engine.
 */

export interface Judgement {
  q: string;
  group: string;
  /** Ids of the pages a reader would accept as a correct answer, as the site spells them. */
  accept: readonly string[];
  /** Why these ids, where it is not obvious. */
  note?: string;
}

/** Result ids for a query, best first. Ids not in any judgement (Sigma rules…) still take a rank. */
export type SearchIds = (query: string) => readonly string[];

export interface Metrics {
  n: number;
  /** Share of queries with an accepted id first (0–1). */
  success1: number;
  /** Share of queries with an accepted id in the first 3 (0–1). */
  success3: number;
  /** Mean reciprocal rank of the first accepted id, counting only the first 10 results (0–1). */
  mrr10: number;
}

export interface GroupMetrics extends Metrics {
  group: string;
}

export interface QueryOutcome {
  q: string;
  group: string;
  accept: readonly string[];
  /** 1-based rank of the first accepted id among the first MRR_DEPTH results; null when absent. */
  rank: number | null;
  /** The first result, whatever it is (for reading failures). */
  first: string | null;
}

export interface RelevanceReport {
  groups: GroupMetrics[];
  overall: Metrics;
  /** Every query not answered first (rank ≠ 1), in judgement order. */
  failures: QueryOutcome[];
  outcomes: QueryOutcome[];
}

/** How deep ranks are looked for, and the cut-off of MRR. */
export const MRR_DEPTH = 10;

/** 1-based rank of the first result in `accept` among the first `depth` results, else null. */
export function rankOf(results: readonly string[], accept: readonly string[], depth = MRR_DEPTH): number | null {
  const wanted = new Set(accept);
  const n = Math.min(depth, results.length);
  for (let i = 0; i < n; i++) if (wanted.has(results[i]!)) return i + 1;
  return null;
}

/** success@1, success@3 and MRR@10 over a list of ranks (null = not in the first 10). */
export function metricsOf(ranks: readonly (number | null)[]): Metrics {
  const n = ranks.length;
  if (!n) return { n: 0, success1: 0, success3: 0, mrr10: 0 };
  let s1 = 0;
  let s3 = 0;
  let rr = 0;
  for (const r of ranks) {
    if (r === null || r > MRR_DEPTH) continue;
    if (r === 1) s1++;
    if (r <= 3) s3++;
    rr += 1 / r;
  }
  return { n, success1: s1 / n, success3: s3 / n, mrr10: rr / n };
}

/** Runs every judged query through `search` and scores it. Groups keep their first-seen order. */
export function evaluate(judgements: readonly Judgement[], search: SearchIds): RelevanceReport {
  const outcomes: QueryOutcome[] = judgements.map((j) => {
    const results = search(j.q);
    return { q: j.q, group: j.group, accept: j.accept, rank: rankOf(results, j.accept), first: results[0] ?? null };
  });
  const byGroup = new Map<string, (number | null)[]>();
  for (const o of outcomes) {
    const list = byGroup.get(o.group) ?? [];
    list.push(o.rank);
    byGroup.set(o.group, list);
  }
  return {
    groups: [...byGroup].map(([group, ranks]) => ({ group, ...metricsOf(ranks) })),
    overall: metricsOf(outcomes.map((o) => o.rank)),
    failures: outcomes.filter((o) => o.rank !== 1),
    outcomes,
  };
}
