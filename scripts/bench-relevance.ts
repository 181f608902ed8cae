/**
 * Search relevance benchmark: runs the judged query set (app/_lib/search/relevance/judgements.ts)
 * through the real engine and prints success@1, success@3 and MRR@10 per group and overall.
 *
 *   npm run bench:relevance
 *
 * No build needed: the payloads are built in-process from the content graph exactly as the site
 * serves them (buildSearchPayloads, then a JSON round trip, as the browser receives them) and
 * loaded into the engine the browser runs, with its default search options. Two configurations:
 *  - full: both tiers (names + full text), what the search page and the box have once text.json
 *    has arrived;
 *  - names: the names tier alone, what the header box has before the full text arrives.
 * Prints the tables, the full configuration's failing queries (not first), then one JSON object,
 * also written to bench-relevance.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getContent } from '../app/_lib/content/loader';
import { buildSearchPayloads } from '../app/_lib/search/build';
import { SearchEngine } from '../app/_lib/search/engine';
import { KIND_INFO, showsId } from '../app/_lib/search/kinds';
import { MRR_DEPTH, evaluate, type Metrics, type RelevanceReport } from '../app/_lib/search/relevance/evaluate';
import { HELD_OUT } from '../app/_lib/search/relevance/heldout';
import { JUDGEMENTS } from '../app/_lib/search/relevance/judgements';
import type { NamesPayload, TextPayload } from '../app/_lib/search/types';

const root = process.cwd();

/**
 * Measures the judged set and prints the tables and failures; returns the figures. Also run by
 * `npm run bench:search`, which prints the same tables beside its byte and latency figures.
 */
export function benchRelevance() {

  const t0 = performance.now();
  const { names, text } = buildSearchPayloads(getContent());
  const wire = <T>(x: T) => JSON.parse(JSON.stringify(x)) as T;
  const namesOnly = new SearchEngine(wire<NamesPayload>(names));
  const full = new SearchEngine(wire<NamesPayload>(names));
  full.attachText(wire<TextPayload>(text));
  const loadSeconds = (performance.now() - t0) / 1000;

  /** The engine's default options (no kind filter, default limit): what a reader sees. */
  const idsFrom = (engine: SearchEngine) => (q: string) => engine.search(q).hits.map((h) => h.doc.id);

  const t1 = performance.now();
  const reports = {
    full: evaluate(JUDGEMENTS, idsFrom(full)),
    names: evaluate(JUDGEMENTS, idsFrom(namesOnly)),
    heldOut: evaluate(HELD_OUT, idsFrom(full)),
  };
  const runSeconds = (performance.now() - t1) / 1000;

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (label: string, m: Metrics) =>
    `${label.padEnd(16)} ${String(m.n).padStart(4)} ${pct(m.success1).padStart(8)} ${pct(m.success3).padStart(8)} ${m.mrr10.toFixed(3).padStart(8)}`;

  function table(title: string, r: RelevanceReport) {
    console.log(`\n${title}`);
    console.log(`${'group'.padEnd(16)} ${'n'.padStart(4)} ${'s@1'.padStart(8)} ${'s@3'.padStart(8)} ${`MRR@${MRR_DEPTH}`.padStart(8)}`);
    for (const g of r.groups) console.log(row(g.group, g));
    console.log(row('overall', r.overall));
  }

  console.log(`search relevance: ${JUDGEMENTS.length} judged queries, index ${names.version} (payloads + engines ${loadSeconds.toFixed(1)} s, queries ${runSeconds.toFixed(1)} s)`);
  table('full (names + full text)', reports.full);
  table('names tier only (header box before text.json)', reports.names);
  table(`held out (${HELD_OUT.length} queries never tuned on: heldout.ts), full`, reports.heldOut);

  // What came first instead, readable: Sigma rules and Atomic tests by kind and title, not by GUID.
  const docs = new Map(full.docs.map((d) => [d.id, d]));
  const describe = (id: string | null) => {
    const d = id === null ? undefined : docs.get(id);
    if (!d) return id ?? 'nothing';
    const name = d.name.length > 60 ? `${d.name.slice(0, 59)}…` : d.name;
    return showsId(d.kind) ? `${d.id} ${name}` : `${KIND_INFO[d.kind].one} "${name}"`;
  };
  console.log(`\nfailing queries, full (not first; ${reports.full.failures.length} of ${JUDGEMENTS.length}):`);
  for (const f of reports.full.failures) {
    const where = f.rank === null ? `not in top ${MRR_DEPTH}` : `rank ${f.rank}`;
    console.log(`  [${f.group}] "${f.q}" → ${f.accept.join(' / ')}: ${where} (first: ${describe(f.first)})`);
  }
  // Held-out misses are printed by count only: reading them is how a held-out set stops being one.
  console.log(`held-out queries not first: ${reports.heldOut.failures.length} of ${HELD_OUT.length} (not listed; see heldout.ts)`);

  const round = (m: Metrics) => ({ n: m.n, success1: +m.success1.toFixed(4), success3: +m.success3.toFixed(4), mrr10: +m.mrr10.toFixed(4) });
  const summary = (r: RelevanceReport) => ({
    overall: round(r.overall),
    groups: Object.fromEntries(r.groups.map((g) => [g.group, round(g)])),
    failures: r.failures.map((f) => ({ q: f.q, group: f.group, accept: f.accept, rank: f.rank, first: f.first })),
  });
  const result = {
    date: new Date().toISOString(),
    indexVersion: names.version,
    queries: JUDGEMENTS.length,
    mrrDepth: MRR_DEPTH,
    full: summary(reports.full),
    names: summary(reports.names),
    heldOut: { queries: HELD_OUT.length, overall: round(reports.heldOut.overall), groups: Object.fromEntries(reports.heldOut.groups.map((g) => [g.group, round(g)])) },
  };
  return result;
}

// Run directly (npm run bench:relevance), not when bench-search imports benchRelevance.
if (process.argv[1]?.endsWith('bench-relevance.ts')) {
  const result = benchRelevance();
  writeFileSync(path.join(root, 'bench-relevance.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log('\n(bench-relevance.json has these figures as JSON)');
}
