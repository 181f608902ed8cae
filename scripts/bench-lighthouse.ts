/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) for representative pages
 * of the built site, mobile (median of N runs) and desktop, with the system Chromium. Serves
 * out/ itself on a loopback port. Used by `npm run bench`; alone: `tsx scripts/bench-lighthouse.ts --runs 5`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const LIGHTHOUSE_PAGES = ['/', '/techniques/T1133/', '/techniques/T1078/004/', '/ccm/IAM-14/', '/groups/G0096/', '/matrix/', '/coverage/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export async function runLighthouse(runs: number, port = 3490) {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      if (!existsSync(path.join('out', page, 'index.html'))) {
        rows.push({ page, missing: true });
        continue;
      }
      const url = `http://127.0.0.1:${port}${page}`;
      const scores = async (config?: object) => {
        const r = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] }, config as never);
        const cats = r?.lhr.categories ?? {};
        return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)])) as Record<(typeof CATEGORIES)[number], number>;
      };
      const mobile: Awaited<ReturnType<typeof scores>>[] = [];
      for (let i = 0; i < runs; i++) mobile.push(await scores());
      const desktop = await scores(desktopConfig);
      rows.push({
        page,
        mobile: Object.fromEntries(CATEGORIES.map((c) => [c, median(mobile.map((m) => m[c]))])),
        desktop,
      });
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  return { runs, pages: rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  const result = await runLighthouse(runs);
  console.log(JSON.stringify(result, null, 2));
}
