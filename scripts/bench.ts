/**
 * `npm run bench`: measures and prints (never asserts) the figures the budgets speak of, from a
 * clean state on this machine: import time, full build time and pages/second, size of out/,
 * transferred gzip bytes of representative pages, and the search benchmark when present.
 * Writes bench-results.json (machine-readable) and prints a table.
 *   --skip-build          measure the existing out/ only
 * The build is measured in three parts (issue 17): the current release alone (`build --no-snapshots`),
 * then the frozen snapshots (scripts/snapshots.ts) with their cache emptied, then again from the cache.
 * The coverage analyzer's benchmark (scripts/bench-coverage.ts) runs too; it prints its table.
 *   --no-lighthouse       skip Lighthouse; --lighthouse-runs N (default 5) mobile runs per page
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const root = process.cwd();
const out = path.join(root, 'out');
const skipBuild = process.argv.includes('--skip-build');
const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, date: new Date().toISOString() };

function timed(cmd: string, args: string[], env: Record<string, string> = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout?.toString().slice(-2000)}`);
  return (performance.now() - t0) / 1000;
}

/** Files under `dir`; out/versions/ (snapshots, permalink stubs) is left out: the figures are the current release's. */
function walk(dir: string, files: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (p === path.join(out, 'versions')) continue;
    if (statSync(p).isDirectory()) walk(p, files);
    else files.push(p);
  }
  return files;
}

/** Writes dirty pages and empties the page cache (Linux, root only); false when not allowed. */
function dropPageCache(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

function walkAll(dir: string, files: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) walkAll(p, files);
    else files.push(p);
  }
  return files;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Where `next build`'s time went, from its own trace (.next/trace: JSON arrays of spans, µs). */
const PHASES: Record<string, string> = {
  'run-turbopack': 'Turbopack compile',
  'static-check': 'collecting page data',
  'static-generation': 'page generation',
  'output-export-full-static-export': 'copy into out/',
  'next-build': 'next build in all',
};
function nextBuildPhases(): Record<string, number> | undefined {
  const trace = path.join(root, '.next', 'trace');
  if (!existsSync(trace)) return undefined;
  const phases: Record<string, number> = {};
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const span of JSON.parse(line) as { name: string; duration: number }[]) {
      const label = PHASES[span.name];
      if (label) phases[label] = +(span.duration / 1e6).toFixed(1);
    }
  }
  return phases;
}

// 1. import, into a scratch folder so the committed content is untouched
const scratch = mkdtempSync(path.join(os.tmpdir(), 'kb-import-'));
results.importSeconds = +timed('npx', ['tsx', 'scripts/import/index.ts', '--out', scratch]).toFixed(2);
rmSync(scratch, { recursive: true, force: true });

// 2. clean full build
if (!skipBuild) {
  rmSync(path.join(root, '.next'), { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  // Clean means the MDX compile cache too (app/_lib/mdx/compile.ts), as on a fresh clone.
  rmSync(process.env.KB_MDX_CACHE_DIR ?? path.join(root, 'node_modules', '.cache', 'kb-mdx'), { recursive: true, force: true });
  // And the loader's parse cache (app/_lib/content/loader.ts).
  rmSync(process.env.KB_CONTENT_CACHE_DIR ?? path.join(root, 'node_modules', '.cache', 'kb-content'), { recursive: true, force: true });
  // Like a fresh machine: the kernel's page cache holding the last build's gigabyte of files
  // made the next build ~10-25 s slower here (more kernel time). Dropping it needs root.
  results.buildFromDroppedCaches = dropPageCache();
  results.buildSeconds = +timed('npm', ['run', 'build', '--', '--no-snapshots']).toFixed(1);
  results.buildPhases = nextBuildPhases();
  console.error(`bench: clean build of the current release alone ${results.buildSeconds} s`);
  // 2a. the snapshots (issue 17): built from an empty cache, then taken from it.
  rmSync(path.join(root, 'node_modules', '.cache', 'kb-snapshots'), { recursive: true, force: true });
  dropPageCache();
  const clean = +timed('npx', ['tsx', 'scripts/build.ts', '--snapshots-only']).toFixed(1);
  console.error(`bench: snapshots from an empty cache ${clean} s`);
  const cached = +timed('npx', ['tsx', 'scripts/build.ts', '--snapshots-only']).toFixed(1);
  console.error(`bench: snapshots from the cache ${cached} s`);
  const snapshotPages = readdirSync(path.join(out, 'versions'))
    .filter((v) => /^v[\d.]+$/.test(v) && statSync(path.join(out, 'versions', v)).isDirectory())
    .map((v) => ({ version: v, html: walkAll(path.join(out, 'versions', v)).filter((f) => f.endsWith('.html')).length }));
  results.snapshots = { cleanSeconds: clean, cachedSeconds: cached, cachedBudgetSeconds: 10, folders: snapshotPages };
}
const files = walk(out);
const html = files.filter((f) => f.endsWith('.html'));
const redirects = html.filter((f) => readFileSync(f, 'utf8').includes('http-equiv="refresh"'));
results.pages = { html: html.length, redirects: redirects.length, nextPages: html.length - redirects.length };
if (results.buildSeconds) results.pagesPerSecond = +((html.length - redirects.length) / (results.buildSeconds as number)).toFixed(1);

// 2b. the yardstick, right after our build on the same machine: a minimal Next export of the same
//     page count (scripts/bench-baseline.ts). The ratio is the figure that travels between machines.
if (results.buildSeconds) {
  const { buildBaseline, BASELINE_DIR } = await import('./bench-baseline');
  dropPageCache();
  try {
    const base = buildBaseline(html.length - redirects.length);
    results.baseline = { ...base, ratio: +((results.buildSeconds as number) / base.seconds).toFixed(2) };
  } catch (e) {
    results.baseline = { error: String(e).slice(0, 500) };
  } finally {
    rmSync(BASELINE_DIR, { recursive: true, force: true });
  }
}
results.outBytes = files.reduce((n, f) => n + statSync(f).size, 0);

// 3. what a browser downloads for representative pages (every response until the network is
//    idle, island chunks included), gzip -9 per response
const PAGES = ['/', '/techniques/T1133/', '/techniques/T1078/004/', '/techniques/T1059/', '/ccm/IAM-14/', '/groups/G0096/', '/matrix/', '/coverage/', '/search/'];
const { measurePageWeights, TECHNIQUE_PAGE_BUDGET, BUILD_BUDGET_SECONDS } = await import('./bench-weight');
const weights = await measurePageWeights(PAGES.filter((p) => existsSync(path.join(out, p, 'index.html'))));
results.pageWeights = weights;

// 3b. every technique page's HTML, gzip -9: the budget is per page, so print the spread and the
//     pages over it, with their procedure example count (what makes a page heavy)
const techniquePages = html.filter((f) => /[\\/]techniques[\\/]T\d{4}[\\/](\d{3}[\\/])?index\.html$/.test(f) && !redirects.includes(f));
const techniqueHtml = techniquePages
  .map((f) => {
    const text = readFileSync(f, 'utf8');
    const id = path.relative(path.join(out, 'techniques'), path.dirname(f)).split(path.sep).join('.');
    const htmlGzip = gzipSync(text, { level: 9 }).length;
    // The same page without its procedure examples section: what the rest of the page weighs.
    const start = text.indexOf('<section id="procedures"');
    const end = start < 0 ? -1 : text.indexOf('</section>', start);
    const withoutProcedures = end < 0 ? htmlGzip : gzipSync(text.slice(0, start) + text.slice(end + '</section>'.length), { level: 9 }).length;
    return { id, htmlGzip, withoutProcedures, procedures: text.match(/<tr id="procedure-/g)?.length ?? 0 };
  })
  .sort((a, c) => a.htmlGzip - c.htmlGzip);
const quantile = (q: number) => techniqueHtml[Math.min(techniqueHtml.length - 1, Math.floor(q * techniqueHtml.length))]!.htmlGzip;
results.techniquePagesHtml = techniqueHtml.length
  ? {
      pages: techniqueHtml.length,
      median: quantile(0.5),
      p75: quantile(0.75),
      p90: quantile(0.9),
      max: techniqueHtml.at(-1),
      over: techniqueHtml.filter((t) => t.htmlGzip > TECHNIQUE_PAGE_BUDGET.html).reverse(),
    }
  : undefined;

// 4. search benchmark (its own script, when the search feature is present)
if (existsSync(path.join(root, 'scripts/bench-search.ts'))) {
  try {
    const raw = execFileSync('npx', ['tsx', '--import', './scripts/test-hooks/register.mjs', 'scripts/bench-search.ts', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const json = raw.slice(raw.indexOf('{'));
    results.search = JSON.parse(json);
  } catch (e) {
    results.search = { error: String(e).slice(0, 500) };
  }
}

// 4b. coverage analyzer benchmark (toggle/import latency, ready to use, data bytes)
if (existsSync(path.join(root, 'scripts/bench-coverage.ts'))) {
  try {
    const raw = execFileSync('npx', ['tsx', 'scripts/bench-coverage.ts', '--json', '--runs', '5'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    results.coverage = JSON.parse(raw);
  } catch (e) {
    results.coverage = { error: String(e).slice(0, 500) };
  }
}

// 4c. MDX compile cost of the authored pages, clean and warm cache (issue 18)
try {
  results.mdx = JSON.parse(execFileSync('npx', ['tsx', '--import', './scripts/test-hooks/register.mjs', 'scripts/bench-mdx.ts', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
} catch (e) {
  results.mdx = { error: String(e).slice(0, 500) };
}

// 5. Lighthouse (mobile median of N runs, and desktop), unless --no-lighthouse
if (!process.argv.includes('--no-lighthouse')) {
  const i = process.argv.indexOf('--lighthouse-runs');
  const { runLighthouse } = await import('./bench-lighthouse');
  try {
    results.lighthouse = await runLighthouse(i > 0 ? Number(process.argv[i + 1]) : 5);
  } catch (e) {
    results.lighthouse = { error: String(e).slice(0, 500) };
  }
}

writeFileSync(path.join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nATT&CK ↔ CCM bench (${os.cpus().length} cores, ${process.version})`);
console.log(`import            ${results.importSeconds} s`);
if (results.buildSeconds) console.log(`clean build       ${results.buildSeconds} s, the current release alone (${results.pagesPerSecond} pages/s${results.buildFromDroppedCaches ? ', page cache dropped first' : ''})`);
if (results.snapshots) {
  const sn = results.snapshots as { cleanSeconds: number; cachedSeconds: number; cachedBudgetSeconds: number; folders: { version: string; html: number }[] };
  console.log(
    `snapshots         clean ${sn.cleanSeconds} s, cached ${sn.cachedSeconds} s (budget cached ≤ ${sn.cachedBudgetSeconds} s: ${sn.cachedSeconds <= sn.cachedBudgetSeconds ? 'within' : 'over'}); ${sn.folders.map((f) => `out/versions/${f.version}: ${f.html} HTML files`).join(', ')}`,
  );
}
const baseline = results.baseline as { seconds: number; pages: number; ratio: number; error?: string } | undefined;
if (baseline?.error) console.log(`baseline          failed: ${baseline.error}`);
else if (baseline) console.log(`baseline          minimal Next export of ${baseline.pages} pages ${baseline.seconds} s · our clean build is ${baseline.ratio}× it (budget ≤ 1.5×)`);
const phases = results.buildPhases as Record<string, number> | undefined;
if (phases) {
  const inNext = phases['next build in all'];
  const rest = inNext !== undefined ? ` · outside next build (start-up, finishing pages, moving files in) ${((results.buildSeconds as number) - inNext).toFixed(1)} s` : '';
  console.log(`  ${Object.entries(phases).map(([k, v]) => `${k} ${v} s`).join(' · ')}${rest}`);
}
console.log(`out/              ${(results.outBytes as number / 2 ** 20).toFixed(1)} MB, ${html.length} HTML files (${redirects.length} redirects)`);
console.log('\npage                     html gz    js gz   css gz  data gz   total gz  requests');
for (const w of weights) {
  console.log(
    `${w.page.padEnd(24)} ${kb(w.htmlGzip).padStart(8)} ${kb(w.jsGzip).padStart(8)} ${kb(w.cssGzip).padStart(8)} ${kb(w.dataGzip).padStart(8)} ${kb(w.totalGzip).padStart(10)} ${String(w.requests).padStart(9)}`,
  );
}
const b = TECHNIQUE_PAGE_BUDGET;
console.log(`budget, technique page ${kb(b.html).padStart(8)} ${kb(b.js).padStart(8)} ${kb(b.css).padStart(8)} ${''.padStart(8)} ${kb(b.total).padStart(10)}`);
for (const w of weights.filter((x) => x.page.startsWith('/techniques/'))) {
  const over = (['html', 'js', 'css', 'total'] as const).filter((k) => w[`${k}Gzip`] > b[k]);
  console.log(`  ${w.page}: ${over.length ? `over budget in ${over.join(', ')}` : 'within budget'}`);
}
const th = results.techniquePagesHtml as
  | {
      pages: number;
      median: number;
      p75: number;
      p90: number;
      max: { id: string; htmlGzip: number };
      over: { id: string; htmlGzip: number; withoutProcedures: number; procedures: number }[];
    }
  | undefined;
if (th) {
  console.log(`all ${th.pages} technique pages, HTML gzip: median ${kb(th.median)}, p75 ${kb(th.p75)}, p90 ${kb(th.p90)}, max ${kb(th.max.htmlGzip)} (${th.max.id})`);
  console.log(`  ${th.pages - th.over.length} within ${kb(b.html)}; ${th.over.length} over, the largest: ${th.over.slice(0, 6).map((t) => `${t.id} ${kb(t.htmlGzip)} (${t.procedures} procedure examples)`).join(', ')}`);
  const heaviestRest = [...th.over].sort((x, y) => y.withoutProcedures - x.withoutProcedures)[0];
  if (heaviestRest) {
    const fit = th.over.filter((t) => t.withoutProcedures <= b.html).length;
    console.log(`  without their procedure examples ${fit} of those ${th.over.length} would be within; the heaviest rest: ${heaviestRest.id} ${kb(heaviestRest.withoutProcedures)} (${heaviestRest.procedures} examples)`);
  }
}
if (results.buildSeconds) console.log(`clean build budget ${BUILD_BUDGET_SECONDS} s: ${(results.buildSeconds as number) <= BUILD_BUDGET_SECONDS ? 'within' : 'over'}`);
if (results.search) console.log('\nsearch', JSON.stringify(results.search, null, 2));
const mdx = results.mdx as { pages?: number; proseTexts?: number; cleanMs?: { pages: number; prose: number }; warmMs?: { pages: number; prose: number }; runMs?: number; error?: string } | undefined;
if (mdx?.pages !== undefined && mdx.cleanMs && mdx.warmMs)
  console.log(
    `\nMDX compile (${mdx.pages} authored pages, ${mdx.proseTexts} prose texts, one process): clean cache ${mdx.cleanMs.pages} + ${mdx.cleanMs.prose} ms, warm cache ${mdx.warmMs.pages} + ${mdx.warmMs.prose} ms, evaluating every prose text ${mdx.runMs} ms`,
  );
else if (mdx?.error) console.log(`\nMDX bench failed: ${mdx.error}`);
const lh = results.lighthouse as { runs?: number; pages?: { page: string; missing?: boolean; mobile: Record<string, number>; desktop: Record<string, number> }[]; error?: string } | undefined;
if (lh?.pages) {
  console.log(`\nLighthouse (mobile: median of ${lh.runs}; desktop: 1 run)   perf / a11y / best practices / SEO`);
  for (const r of lh.pages) {
    if (r.missing) {
      console.log(`${r.page.padEnd(24)} (not built)`);
      continue;
    }
    const f = (m: Record<string, number>) => `${m.performance} / ${m.accessibility} / ${m['best-practices']} / ${m.seo}`;
    console.log(`${r.page.padEnd(24)} mobile ${f(r.mobile).padEnd(20)} desktop ${f(r.desktop)}`);
  }
} else if (lh?.error) console.log(`\nLighthouse failed: ${lh.error}`);
console.log('\n(bench-results.json has these figures as JSON)');
