/**
 * Coverage analyzer benchmark against the exported site (run `npm run build` first; out/ must exist).
 *
 *   npm run bench:coverage          # BENCH_PORT (default PW_PORT, else 3100); reuses a running server
 *   npm run bench:coverage -- --json   # only the JSON on stdout (the table goes to stderr): for scripts/bench.ts
 *   --runs N                        # cold page loads per condition (default 7)
 *
 * In headless Chromium (the launch options of playwright.config.ts), on the desktop viewport and
 * with CDP Emulation.setCPUThrottlingRate 4× (the issue's "4× CPU throttling"), it measures:
 *  - toggle → updated view: ≥ 30 clicks on control checkboxes, timed in the page from the click
 *    event (a capture listener on window, before React's) to the summary's text changing (DOM
 *    commit) and to the next animation frame after it (the frame that paints it);
 *  - import → updated view: a pasted self-assessment of all 207 controls (CAIQ-like: id, title,
 *    answer), "Read these rows" clicked, same two end points; the first import (which loads
 *    Papa Parse) apart from the repeated ones;
 *  - for both, a third end point: every view updated. The summary and picker answer at once; the
 *    matrix, plan and lists follow in a deferred React render (marked `data-coverage-stale` until
 *    then), so "next frame" is what the reader sees first and "every view" when the page is whole;
 *  - navigation → ready to use: a cold page load (fresh context, empty cache) until the control
 *    picker's checkboxes and the summary are in the DOM and React has hydrated them (the picker
 *    is rendered by React only), timed at the next animation frame, from navigation start;
 *  - bytes: every response of the cold load as transferred (gzip from scripts/serve.ts), the
 *    coverage data file(s) apart; and the software file, fetched only once software is chosen.
 * Prints a table, then one JSON object. Budgets (issue 16) are printed beside, never asserted.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import config from '../playwright.config';
import type { CoverageData } from '../app/_lib/exports/coverage';
import { pct, startServer } from './bench-server';

const ROOT = process.cwd();
const PORT = Number(process.env.BENCH_PORT ?? process.env.PW_PORT ?? 3100);
const BASE_PATH = (process.env.KB_BASE_PATH ?? '').replace(/\/+$/, '');
const BASE = `http://127.0.0.1:${PORT}${BASE_PATH}/`;
const JSON_ONLY = process.argv.includes('--json');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const TOGGLES = 40;
const IMPORTS = 12;
const log = (...a: unknown[]) => (JSON_ONLY ? console.error(...a) : console.log(...a));

export const COVERAGE_BUDGETS = { toggleDesktopMs: 50, toggle4xMs: 150, importDesktopMs: 50, import4xMs: 150, ready4xMs: 1500, dataGzipBytes: 40 * 1024 };

const data = JSON.parse(readFileSync(path.join(ROOT, 'out', 'downloads', 'coverage-data.json'), 'utf8')) as CoverageData;

// --- server ----------------------------------------------------------------------------------

// --- helpers ---------------------------------------------------------------------------------
const r1 = (n: number) => Math.round(n * 10) / 10;
const stats = (xs: number[]) => ({ n: xs.length, median: r1(pct(xs, 50)), p95: r1(pct(xs, 95)), max: r1(Math.max(...xs)) });
type Stats = ReturnType<typeof stats>;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * In the page: a click (capture, on window) starts a measurement; the summary's text changing
 * ends it (commit), and the animation frame after that (frame). One at a time.
 */
function instrument(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as {
      __m: { t0: number; before: string; commit: number[]; frame: number[]; full: number[]; busy: boolean; framed: boolean; start: number };
    };
    const summary = () => document.querySelector('[data-testid="coverage-summary"]')?.textContent ?? '';
    const stale = () => !!document.querySelector('[data-coverage-stale]');
    w.__m = { t0: 0, before: '', commit: [], frame: [], full: [], busy: false, framed: false, start: 0 };
    window.addEventListener(
      'click',
      () => {
        w.__m.t0 = performance.now();
        w.__m.before = summary();
        w.__m.busy = true;
      },
      true,
    );
    // The deferred views (matrix, plan, lists) are in once nothing is marked stale: the frame after that.
    const finish = () => {
      const m = w.__m;
      if (!m.framed || stale() || !m.start) return;
      const t0 = m.start;
      m.start = 0;
      requestAnimationFrame(() => {
        m.full.push(performance.now() - t0);
        m.busy = false;
      });
    };
    new MutationObserver(() => {
      const m = w.__m;
      if (m.busy && m.t0 && summary() !== m.before) {
        const t0 = m.t0;
        m.t0 = 0;
        m.start = t0;
        m.framed = false;
        m.commit.push(performance.now() - t0);
        requestAnimationFrame(() => {
          m.frame.push(performance.now() - t0);
          m.framed = true;
          finish();
        });
        return;
      }
      finish();
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-coverage-stale'] });
  });
}
const settled = (page: Page) =>
  page.waitForFunction(() => !(window as unknown as { __m: { busy: boolean } }).__m.busy, undefined, { timeout: 30_000, polling: 50 });
const takeTimes = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { __m: { commit: number[]; frame: number[]; full: number[] } }).__m;
    const out = { commit: [...m.commit], frame: [...m.frame], full: [...m.full] };
    m.commit.length = 0;
    m.frame.length = 0;
    m.full.length = 0;
    return out;
  });

/**
 * A fresh context (empty cache). tsx compiles this file keeping function names, which wraps named
 * functions in a `__name(...)` helper that functions sent into the page would miss: define it there.
 */
async function newContext(browser: Browser) {
  const ctx = await browser.newContext();
  await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  return ctx;
}

/** Cold load (fresh context): navigation start → the frame after the analyzer is usable. Bytes as transferred. */
async function coldLoad(browser: Browser, rate: number, query = '') {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  if (rate > 1) await throttle(page, rate);
  const responses: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (req) => {
    responses.push(req.sizes().then((s) => ({ url: new URL(req.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __ready?: number };
    const done = () => {
      const box = document.querySelector<HTMLInputElement>('input[type="checkbox"][id$="-IAM-14"]');
      const summary = document.querySelector('[data-testid="coverage-summary"]');
      // React attaches its fiber to elements it hydrated or rendered: proof the box reacts.
      return !!box && !!summary && Object.keys(box).some((k) => k.startsWith('__reactProps'));
    };
    const check = () => {
      if (!done()) return false;
      requestAnimationFrame(() => (w.__ready = performance.now()));
      return true;
    };
    const seen = new MutationObserver(() => check() && seen.disconnect());
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${BASE}coverage/${query}`);
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, undefined, { timeout: 60_000 });
  const ready = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(responses);
  return { ready, all, ctx, page };
}

/** A realistic self-assessment: every control, its title and an answer, one of two patterns. */
function selfAssessment(variant: number): string {
  const answers = ['Yes', 'No', 'Partial', 'Yes', 'N/A', 'Planned', 'No', 'Yes'];
  const rows = data.controls.map(([id, title], i) => `${id};${(title ?? '').replace(/;/g, ',')};${answers[(i * 3 + variant) % answers.length]}`);
  return ['Control ID;Control Title;Implemented?', ...rows].join('\n');
}

async function togglesAndImports(browser: Browser, rate: number) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.goto(`${BASE}coverage/`);
  await page.getByTestId('coverage-summary').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  if (rate > 1) await throttle(page, rate);
  await instrument(page);

  // Toggles: check 20 mapped controls one by one, then uncheck them.
  const mapped = data.controls.filter((c) => c[3].length > 0).map((c) => c[0]);
  const picks = mapped.filter((_, i) => i % Math.floor(mapped.length / (TOGGLES / 2)) === 0).slice(0, TOGGLES / 2);
  const box = (id: string) => page.getByRole('checkbox', { name: new RegExp(`^${id.replace('&', '\\&')} `) });
  for (const on of [true, false])
    for (const id of picks) {
      await box(id).setChecked(on);
      await settled(page);
    }
  const toggle = await takeTimes(page);

  // Imports: the first loads Papa Parse; then alternate two answer patterns so the view changes each time.
  await page.getByText('Import your control list').click();
  const area = page.getByLabel(/Or paste rows/);
  const read = page.getByRole('button', { name: 'Read these rows' });
  const imports: { commit: number[]; frame: number[]; full: number[] } = { commit: [], frame: [], full: [] };
  let first: { commit: number; frame: number; full: number } | undefined;
  for (let i = 0; i <= IMPORTS; i++) {
    await area.fill(selfAssessment(i % 2));
    await read.click();
    await settled(page);
    const t = await takeTimes(page);
    if (i === 0) first = { commit: t.commit[0]!, frame: t.frame[0]!, full: t.full[0]! };
    else {
      imports.commit.push(...t.commit);
      imports.frame.push(...t.frame);
      imports.full.push(...t.full);
    }
  }
  await ctx.close();
  return {
    toggle: { commit: stats(toggle.commit), frame: stats(toggle.frame), full: stats(toggle.full) },
    import: {
      first: first && { commit: r1(first.commit), frame: r1(first.frame), full: r1(first.full) },
      commit: stats(imports.commit),
      frame: stats(imports.frame),
      full: stats(imports.full),
    },
  };
}

async function main() {
  const server = await startServer(BASE, PORT);
  const project = config.projects?.[0];
  const browser = await chromium.launch({ ...(project?.use?.launchOptions ?? {}), headless: true });
  try {
    // 1. Cold loads: ready to use, at 1× and 4×; bytes from the first 1× run.
    const ready: Record<string, number[]> = { '1x': [], '4x': [] };
    let bytes: { total: number; data: number; requests: number; dataFiles: string[] } | undefined;
    for (const [label, rate] of [['1x', 1], ['4x', 4]] as const) {
      for (let i = 0; i < RUNS; i++) {
        const { ready: t, all, ctx } = await coldLoad(browser, rate);
        ready[label]!.push(t);
        if (!bytes) {
          const dataFiles = all.filter((r) => /\/downloads\/coverage-[^/]*\.json$/.test(r.url));
          bytes = { total: all.reduce((n, r) => n + r.bytes, 0), data: dataFiles.reduce((n, r) => n + r.bytes, 0), requests: all.length, dataFiles: dataFiles.map((r) => `${r.url} ${r.bytes} B`) };
        }
        await ctx.close();
      }
    }
    // 1b. With a software threat in the URL: what the software file adds.
    const withSoftware = await coldLoad(browser, 1, '?software=S0002');
    const softwareFiles = withSoftware.all.filter((r) => /\/downloads\/coverage-[^/]*\.json$/.test(r.url));
    await withSoftware.ctx.close();

    // 2. Toggles and imports, desktop and 4×.
    const desktop = await togglesAndImports(browser, 1);
    const slow = await togglesAndImports(browser, 4);

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, chromium: browser.version() },
      budgets: COVERAGE_BUDGETS,
      bytes: { ...bytes!, withSoftware: softwareFiles.map((r) => `${r.url} ${r.bytes} B`), withSoftwareData: softwareFiles.reduce((n, r) => n + r.bytes, 0) },
      readyMs: { '1x': stats(ready['1x']!), '4x': stats(ready['4x']!) },
      toggleMs: { desktop: desktop.toggle, '4x': slow.toggle },
      importMs: { desktop: desktop.import, '4x': slow.import },
    };

    const st = (s: Stats) => `median ${s.median} · p95 ${s.p95} · max ${s.max} ms (n=${s.n})`;
    const verdict = (v: number, budget: number) => (v <= budget ? 'met' : 'NOT met');
    const rows: [string, string, string][] = [
      ['data fetched on load (coverage-*.json, transferred)', `${kb(result.bytes.data)}: ${result.bytes.dataFiles.join(', ')}`, `≤ ${kb(COVERAGE_BUDGETS.dataGzipBytes)}: ${verdict(result.bytes.data, COVERAGE_BUDGETS.dataGzipBytes)}`],
      ['…with a software threat chosen (?software=S0002)', `${kb(result.bytes.withSoftwareData)}: ${result.bytes.withSoftware.join(', ')}`, ''],
      ['whole cold load, transferred', `${kb(result.bytes.total)} in ${result.bytes.requests} requests`, ''],
      ['navigation → ready, 1×', st(result.readyMs['1x']), ''],
      ['navigation → ready, 4× throttled', st(result.readyMs['4x']), `≤ ${COVERAGE_BUDGETS.ready4xMs} ms median: ${verdict(result.readyMs['4x'].median, COVERAGE_BUDGETS.ready4xMs)}`],
      ['toggle → DOM, desktop', st(desktop.toggle.commit), ''],
      ['toggle → next frame, desktop', st(desktop.toggle.frame), `≤ ${COVERAGE_BUDGETS.toggleDesktopMs} ms median: ${verdict(desktop.toggle.frame.median, COVERAGE_BUDGETS.toggleDesktopMs)}`],
      ['toggle → every view updated (deferred ones too), next frame, desktop', st(desktop.toggle.full), ''],
      ['toggle → DOM, 4×', st(slow.toggle.commit), ''],
      ['toggle → next frame, 4×', st(slow.toggle.frame), `≤ ${COVERAGE_BUDGETS.toggle4xMs} ms median: ${verdict(slow.toggle.frame.median, COVERAGE_BUDGETS.toggle4xMs)}`],
      ['import (207 rows) → next frame, desktop, first (loads Papa Parse)', `${desktop.import.first?.frame} ms`, ''],
      ['import (207 rows) → DOM, desktop', st(desktop.import.commit), ''],
      ['import (207 rows) → next frame, desktop', st(desktop.import.frame), `≤ ${COVERAGE_BUDGETS.importDesktopMs} ms median: ${verdict(desktop.import.frame.median, COVERAGE_BUDGETS.importDesktopMs)}`],
      ['import (207 rows) → every view updated, next frame, desktop', st(desktop.import.full), ''],
      ['import (207 rows) → next frame, 4×, first', `${slow.import.first?.frame} ms`, ''],
      ['import (207 rows) → next frame, 4×', st(slow.import.frame), `≤ ${COVERAGE_BUDGETS.import4xMs} ms median: ${verdict(slow.import.frame.median, COVERAGE_BUDGETS.import4xMs)}`],
      ['import (207 rows) → every view updated, next frame, 4×', st(slow.import.full), ''],
      ['toggle → every view updated, next frame, 4×', st(slow.toggle.full), ''],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    log(`\ncoverage analyzer bench — ${result.machine.cpus} cores (${result.machine.cpuModel}), Chromium ${result.machine.chromium}, ${result.date}`);
    log(rows.map(([k, v, b]) => `${k.padEnd(w)}  ${v}${b ? `   [${b}]` : ''}`).join('\n'));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server?.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
