/**
 * What a browser downloads for a page: loads each page of the exported site in headless Chromium
 * (fresh cache), records every response until the network is idle, and sums the gzip -9 size of
 * each body by kind (the document, scripts, stylesheets, data fetched by scripts). Dynamically
 * imported island chunks count, which reading <script> tags would miss. Used by `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export interface PageWeight {
  page: string;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  /** JSON and other data fetched by the page's scripts on load. */
  dataGzip: number;
  totalGzip: number;
  requests: number;
}

/** The budget for a technique page, in gzip bytes. */
export const TECHNIQUE_PAGE_BUDGET = { html: 15 * 1024, js: 140 * 1024, css: 10 * 1024, total: 170 * 1024 };
export const BUILD_BUDGET_SECONDS = 60;

export async function measurePageWeights(pages: readonly string[], port = 3491): Promise<PageWeight[]> {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    executablePath,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const results: PageWeight[] = [];
    for (const page of pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const sizes: Promise<{ type: string; bytes: number } | null>[] = [];
      tab.on('response', (res) => {
        sizes.push(
          res.body().then(
            (body) => ({ type: res.request().resourceType(), bytes: /\.(gz|br|zip|png|jpe?g|webp|woff2?)$/.test(new URL(res.url()).pathname) ? body.length : gzipSync(body, { level: 9 }).length }),
            () => null,
          ),
        );
      });
      await tab.goto(`http://127.0.0.1:${port}${page}`, { waitUntil: 'networkidle' });
      const all = (await Promise.all(sizes)).filter((s): s is { type: string; bytes: number } => s !== null);
      const sum = (types: string[]) => all.filter((s) => types.includes(s.type)).reduce((n, s) => n + s.bytes, 0);
      const w = { htmlGzip: sum(['document']), jsGzip: sum(['script']), cssGzip: sum(['stylesheet']), dataGzip: sum(['fetch', 'xhr']) };
      results.push({ page, ...w, totalGzip: all.reduce((n, s) => n + s.bytes, 0), requests: all.length });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
  console.table(await measurePageWeights(pages.length ? pages : ['/techniques/T1133/']));
}
