/**
 * "Next best controls": a greedy plan over the techniques still open. Pure and generic (ids in,
 * steps out), so the page, the exports and the tests share one algorithm.
 *
 * Each step picks the candidate control that closes the most weight among the techniques the
 * previous steps left open (weight 1 per technique unless weights are given); ties go to the
 * candidate listed first (CCM order). It stops when no candidate closes anything more. Greedy
 * set cover is not always optimal, but every prefix is a sound order of work: no later step can
 * close more than an earlier one did.
 */
export interface PlanCandidate {
  id: string;
  /** Techniques the control is mapped to. */
  techniques: readonly string[];
}
export interface PlanStep {
  control: string;
  /** Techniques this step closes that no earlier step closed. */
  closes: string[];
  /** Weight of `closes`. */
  gain: number;
  /** Techniques closed by this and every earlier step. */
  cumulative: number;
  cumulativeGain: number;
}
export interface Plan {
  steps: PlanStep[];
  /** Techniques open before the plan, and their total weight. */
  open: number;
  openWeight: number;
}

export function greedyPlan(open: Iterable<string>, candidates: readonly PlanCandidate[], weight: (technique: string) => number = () => 1): Plan {
  const remaining = new Set(open);
  const openCount = remaining.size;
  let openWeight = 0;
  for (const t of remaining) openWeight += weight(t);
  const pool = candidates.map((c) => ({ id: c.id, techniques: [...new Set(c.techniques)].filter((t) => remaining.has(t)) })).filter((c) => c.techniques.length);
  const used = new Set<number>();
  const steps: PlanStep[] = [];
  let cumulative = 0;
  let cumulativeGain = 0;
  for (;;) {
    let best = -1;
    let bestGain = 0;
    pool.forEach((c, i) => {
      if (used.has(i)) return;
      let gain = 0;
      for (const t of c.techniques) if (remaining.has(t)) gain += weight(t);
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best < 0) break;
    used.add(best);
    const closes = pool[best]!.techniques.filter((t) => remaining.has(t));
    for (const t of closes) remaining.delete(t);
    cumulative += closes.length;
    cumulativeGain += bestGain;
    steps.push({ control: pool[best]!.id, closes, gain: bestGain, cumulative, cumulativeGain });
  }
  return { steps, open: openCount, openWeight };
}
