/**
 * Search benchmark against the exported site (run `npm run build` first; out/ must exist).
 *
 *   npm run bench:search            # BENCH_PORT (default PW_PORT, else 3100); reuses a running server
 *
 * In headless Chromium (the launch options of playwright.config.ts) it measures:
 *  - bytes fetched from the first sign of intent (focus) until the first typeahead result is on
 *    screen (lazy JS chunks + name index, as transferred, i.e. gzip), and the page's own load bytes;
 *  - the index files' sizes (raw and gzip) and the full-text tier as transferred;
 *  - keypress → rendered results latency (keydown → results committed to the DOM, and → the next
 *    animation frame), p50/p95/max, typing a fixed list of ≥ 200 queries (ids, names, words)
 *    character by character, with both tiers loaded;
 *  - the exact-id top-1 rate over every id spelling from the brief plus a fixed sample of ids.
 * Prints a table, then one JSON object.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import type { NamesPayload } from '../app/_lib/search/types';
import { benchRelevance } from './bench-relevance';
import { pct, startServer } from './bench-server';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out');
const PORT = Number(process.env.BENCH_PORT ?? process.env.PW_PORT ?? 3100);
const BASE_PATH = (process.env.KB_BASE_PATH ?? '').replace(/\/+$/, '');
const BASE = `http://127.0.0.1:${PORT}${BASE_PATH}/`;

// --- the index files on disk ---------------------------------------------------------------
const indexDir = path.join(OUT, 'search-index');
const version = readdirSync(indexDir).find((d) => statSync(path.join(indexDir, d)).isDirectory());
if (!version) throw new Error('out/search-index/<version>/ not found: run `npm run build` first');
const file = (name: string) => readFileSync(path.join(indexDir, version, name));
const namesRaw = file('names.json');
const textRaw = file('text.json');
const gz = (b: Buffer) => gzipSync(b).length; // serve.ts's level (default 6)
const names = JSON.parse(namesRaw.toString('utf8')) as NamesPayload;

// --- queries ---------------------------------------------------------------------------------
/** Every spelling the brief lists, with the id it must return first. */
const ID_SPELLINGS: [string, string][] = [
  ['T1133', 'T1133'], ['t1133', 'T1133'], ['1133', 'T1133'], ['T1078.004', 'T1078.004'], ['T1078/004', 'T1078.004'],
  ['I&S-06', 'I&S-06'], ['IS-06', 'I&S-06'], ['i&s-06', 'I&S-06'], ['IAM-14', 'IAM-14'], ['iam14', 'IAM-14'],
  ['G0096', 'G0096'], ['M1032', 'M1032'], ['TA0001', 'TA0001'], ['DET0354', 'DET0354'],
];
// A fixed, spread-out sample of the published ids (every 37th doc), alternating spellings.
const sampledIds: [string, string][] = names.docs
  .filter((_, i) => i % 37 === 0)
  .map((d, i) => [i % 3 === 0 ? d[1].toLowerCase() : i % 3 === 1 ? d[1].replace(/&/g, '').replace('.', '/') : d[1], d[1]]);
const ID_QUERIES = [...ID_SPELLINGS, ...sampledIds];

const NAME_QUERIES = [
  'Wicked Panda', 'Dragonfly 2.0', 'MFA', 'valid accounts', 'cloud accounts', 'powershell', 'phishing', 'APT29', 'Cobalt Strike',
  'Mimikatz', 'Lazarus', 'Sandworm', 'ransomware', 'Segmentation and Segregation', 'Strong Authentication', 'Audit Logs',
  'Command and Control', 'Initial Access', 'Exfiltration', 'Privilege Escalation', 'Network Segmentation', 'Encrypt Sensitive',
  'User Training', 'Data Backup', 'SolarWinds', 'Operation Dream Job', 'RDP', 'WMI', 'DLP', 'scheduled task', 'kerberoasting',
  'pass the hash', 'golden ticket', 'DCSync', 'LSASS', 'credential dumping', 'web shell', 'DLL side-loading', 'process injection',
  'Identity and Access', 'Logging and Monitoring', 'Cryptography', 'Threat and Vulnerability', 'Supply Chain',
  ...names.docs.filter((_, i) => i % 53 === 7).map((d) => d[2]),
];
const WORD_QUERIES = [
  'vpn', 'kubelet', 'segmentation', 'encryption', 'credential', 'registry', 'kerberos', 'token', 'bucket', 'container', 'docker',
  'kubernetes', 'lambda', 'serverless', 'logging', 'audit', 'backup', 'dns', 'tls', 'certificate', 'firewall', 'proxy', 'tunnel',
  'persistence', 'lateral movement', 'discovery', 'firmware', 'macos', 'linux', 'azure', 'entra', 'okta', 'saml', 'oauth',
  'api keys', 'secrets', 'cloudtrail', 'metadata', 'snapshot', 'iam role', 'service account', 'multifactor', 'least privilege',
  'patch', 'vulnerability scanning', 'incident response', 'forensics', 'email', 'browser', 'ssh',
];
const LATENCY_QUERIES = [...ID_QUERIES.map(([q]) => q), ...NAME_QUERIES, ...WORD_QUERIES];

// --- server ----------------------------------------------------------------------------------

// --- measurements ----------------------------------------------------------------------------
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const box = (page: Page) => page.getByRole('banner').getByRole('combobox');

/** Encoded (transferred) bytes of every response finished while `fn` runs. */
async function bytesDuring(page: Page, fn: () => Promise<void>): Promise<{ bytes: number; urls: string[] }> {
  const pending: Promise<{ url: string; bytes: number }>[] = [];
  const onDone = (req: import('@playwright/test').Request) => {
    pending.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  };
  page.on('requestfinished', onDone);
  await fn();
  page.off('requestfinished', onDone);
  const done = await Promise.all(pending);
  return { bytes: done.reduce((a, d) => a + d.bytes, 0), urls: done.map((d) => new URL(d.url).pathname) };
}

async function main() {
  const server = await startServer(BASE, PORT);
  const project = config.projects?.[0];
  const browser = await chromium.launch({ ...(project?.use?.launchOptions ?? {}), headless: true });
  try {
    // 1. Bytes: page load, then intent → first result. Fresh context = empty cache.
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const pageLoad = await bytesDuring(page, async () => {
      await page.goto(BASE, { waitUntil: 'networkidle' });
    });
    let firstResultMs = 0;
    const intent = await bytesDuring(page, async () => {
      const t0 = Date.now();
      await box(page).focus();
      await box(page).fill('T1133');
      await page.getByRole('listbox').getByRole('option').first().filter({ hasText: 'T1133' }).waitFor();
      firstResultMs = Date.now() - t0;
    });
    const searchIndexBeforeIntent = pageLoad.urls.filter((u) => u.includes('/search-index/')).length;

    // Full-text tier, as transferred.
    const textTier = await bytesDuring(page, async () => {
      const req = page.waitForRequest((r) => r.url().endsWith('/text.json'));
      await box(page).fill('kubelet');
      await req;
      await page.getByRole('listbox').getByRole('option').filter({ hasText: 'T1609' }).waitFor();
    });
    const timings = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('search:')).map((m) => [m.name, Math.round(m.duration * 10) / 10])),
    );

    // 2. Latency: instrument keydown → commit of results for the typed value.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('header [role="combobox"]')!;
      const list = document.getElementById(input.getAttribute('aria-controls')!)!;
      const w = window as unknown as { __t0: number; __commit: number[]; __frame: number[]; __slow: [number, string][] };
      w.__t0 = 0;
      w.__commit = [];
      w.__frame = [];
      w.__slow = [];
      input.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
      new MutationObserver(() => {
        if (!w.__t0 || list.dataset.query !== input.value.trim().slice(0, 200)) return;
        const t0 = w.__t0;
        w.__t0 = 0;
        w.__commit.push(performance.now() - t0);
        w.__slow.push([performance.now() - t0, input.value]);
        requestAnimationFrame(() => w.__frame.push(performance.now() - t0));
      }).observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    let keystrokes = 0;
    for (const q of LATENCY_QUERIES) {
      // Clearing is a keypress too (fill('') selects all and presses Delete): measured.
      await box(page).fill('');
      keystrokes++;
      await page.waitForFunction(() => !(window as unknown as { __t0: number }).__t0, undefined, { timeout: 2000, polling: 'raf' }).catch(() => {});
      for (const ch of q) {
        await page.keyboard.type(ch);
        if (/\s/.test(ch)) {
          // A trailing space does not change the query, so nothing re-renders: not measured.
          await page.evaluate(() => ((window as unknown as { __t0: number }).__t0 = 0));
          continue;
        }
        keystrokes++;
        await page.waitForFunction(() => !(window as unknown as { __t0: number }).__t0, undefined, { timeout: 2000, polling: 'raf' }).catch(() => {});
      }
    }
    await page.waitForTimeout(100);
    const { commit, frame, slowest } = await page.evaluate(() => {
      const w = window as unknown as { __commit: number[]; __frame: number[]; __slow: [number, string][] };
      const slowest = w.__slow.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([t, q]) => `${t.toFixed(1)} ms "${q}"`);
      return { commit: w.__commit, frame: w.__frame, slowest };
    });

    // 3. Exact-id top-1 rate.
    const misses: string[] = [];
    for (const [q, id] of ID_QUERIES) {
      await box(page).fill(q);
      const first = page.getByRole('listbox').getByRole('option').first();
      await page.waitForFunction((v) => document.querySelector<HTMLElement>('header [role="listbox"]')?.dataset.query === v, q.trim());
      const text = (await first.locator('span').first().innerText()).trim();
      if (text !== id) misses.push(`${q} → ${text} (want ${id})`);
    }
    await ctx.close();

    // 4. /search/?q=… opened cold (fresh context, empty cache): navigation start → first result.
    const pageQueries = ['vpn', 'ransomware', 'password policy', 'T1133', 's3 bucket'];
    const searchPageMs: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of pageQueries) {
        const c = await browser.newContext();
        const p = await c.newPage();
        // Timed in the page: the frame after the first result enters the DOM. Playwright's own wait
        // resolves up to ~0.7 s later while the page is busy taking in the index between frames.
        await p.addInitScript(() => {
          const w = window as unknown as { __firstResultFrame?: number };
          const seen = new MutationObserver(() => {
            if (!document.querySelector('section[aria-labelledby="search-results-heading"] ol li a')) return;
            seen.disconnect();
            requestAnimationFrame(() => (w.__firstResultFrame = performance.now()));
          });
          seen.observe(document, { childList: true, subtree: true });
        });
        await p.goto(`${BASE}search/?q=${encodeURIComponent(q)}`);
        await p.waitForFunction(() => (window as unknown as { __firstResultFrame?: number }).__firstResultFrame !== undefined);
        searchPageMs.push(await p.evaluate(() => (window as unknown as { __firstResultFrame: number }).__firstResultFrame));
        await c.close();
      }
    }

    // 4b. The yardstick, side by side: the same page opened cold without a query, navigation start
    //     → the frame after its islands hydrated (DOMContentLoaded, then a frame). What the browser
    //     and the page cost before search does anything; the difference is search's own cost, the
    //     figure that compares across machines (absolute times differ up to 2x).
    const floorMs: number[] = [];
    for (let run = 0; run < pageQueries.length * 3; run++) {
      const c = await browser.newContext();
      const p = await c.newPage();
      await p.addInitScript(() => {
        const w = window as unknown as { __floor?: number };
        document.addEventListener('DOMContentLoaded', () => setTimeout(() => requestAnimationFrame(() => (w.__floor = performance.now())), 0));
      });
      await p.goto(`${BASE}search/`);
      await p.waitForFunction(() => (window as unknown as { __floor?: number }).__floor !== undefined);
      floorMs.push(await p.evaluate(() => (window as unknown as { __floor: number }).__floor));
      await c.close();
    }

    // 5. Relevance on the judged set (in-process, same engine and payloads).
    console.log('\n--- judged relevance (npm run bench:relevance has the failing queries) ---');
    const relevance = benchRelevance();

    const result = {
      version,
      pageLoadBytes: pageLoad.bytes,
      searchIndexRequestsBeforeIntent: searchIndexBeforeIntent,
      bytesIntentToFirstResult: intent.bytes,
      intentRequests: intent.urls,
      firstResultMs,
      index: {
        namesRaw: namesRaw.length,
        namesGzip: gz(namesRaw),
        textRaw: textRaw.length,
        textGzip: gz(textRaw),
        totalGzip: gz(namesRaw) + gz(textRaw),
        textTierTransferred: textTier.bytes,
      },
      browserTimingsMs: timings,
      latency: {
        queries: LATENCY_QUERIES.length,
        keystrokes,
        measured: commit.length,
        commitP50: pct(commit, 50),
        commitP95: pct(commit, 95),
        commitMax: Math.max(...commit),
        frameP50: pct(frame, 50),
        frameP95: pct(frame, 95),
        slowest,
      },
      searchPage: { queries: pageQueries, runs: searchPageMs.length, p50: pct(searchPageMs, 50), p90: pct(searchPageMs, 90), floorP50: pct(floorMs, 50), searchOwnP50: pct(searchPageMs, 50) - pct(floorMs, 50) },
      relevance: { queries: relevance.queries, full: relevance.full.overall, names: relevance.names.overall, groups: relevance.full.groups },
      exactId: { queries: ID_QUERIES.length, top1: ID_QUERIES.length - misses.length, rate: (ID_QUERIES.length - misses.length) / ID_QUERIES.length, misses },
    };

    const rows: [string, string][] = [
      ['index version', version!],
      ['page load (home, transferred)', kb(result.pageLoadBytes)],
      ['search-index requests before intent', String(searchIndexBeforeIntent)],
      ['intent → first result (transferred)', `${kb(result.bytesIntentToFirstResult)} in ${intent.urls.length} requests, ${firstResultMs} ms`],
      ['names.json raw / gzip', `${kb(result.index.namesRaw)} / ${kb(result.index.namesGzip)}`],
      ['text.json raw / gzip', `${kb(result.index.textRaw)} / ${kb(result.index.textGzip)}`],
      ['whole index gzip', kb(result.index.totalGzip)],
      ['full-text tier transferred', kb(result.index.textTierTransferred)],
      ['browser: names fetch+parse / engine usable (+ first paint) / index built in slices', `${timings['search:names-fetch']} / ${timings['search:names-engine']} / ${timings['search:names-index']} ms`],
      ['browser: text fetch+parse / import', `${timings['search:text-fetch']} / ${timings['search:text-import']} ms`],
      ['queries / keystrokes measured', `${LATENCY_QUERIES.length} / ${commit.length} of ${keystrokes}`],
      ['keypress → DOM commit p50 / p95 / max', `${ms(result.latency.commitP50)} / ${ms(result.latency.commitP95)} / ${ms(result.latency.commitMax)}`],
      ['keypress → next frame p50 / p95', `${ms(result.latency.frameP50)} / ${ms(result.latency.frameP95)}`],
      ['/search/?q= cold: navigation → frame with the first result p50 / p90', `${searchPageMs.length} runs, ${ms(result.searchPage.p50)} / ${ms(result.searchPage.p90)}`],
      ['/search/ without a query, cold: navigation → frame after DOMContentLoaded p50 (yardstick)', `${floorMs.length} runs, ${ms(result.searchPage.floorP50)}; first result − yardstick: ${ms(result.searchPage.searchOwnP50)}`],
      ['judged set success@1 / @3 / MRR@10', `${(relevance.full.overall.success1 * 100).toFixed(1)}% / ${(relevance.full.overall.success3 * 100).toFixed(1)}% / ${relevance.full.overall.mrr10.toFixed(3)} (${relevance.queries} queries)`],
      ['exact-id top-1', `${result.exactId.top1}/${result.exactId.queries} (${(result.exactId.rate * 100).toFixed(1)}%)`],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));
    console.log(`slowest keystrokes: ${slowest.join(', ')}`);
    console.log(`/search/?q= runs (ms): ${pageQueries.map((q, i) => `${q}: ${[0, 1, 2].map((r) => Math.round(searchPageMs[r * pageQueries.length + i]!)).join(' / ')}`).join('; ')}`);
    if (misses.length) console.log(`exact-id misses:\n  ${misses.join('\n  ')}`);
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
