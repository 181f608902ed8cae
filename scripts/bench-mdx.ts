/**
 * MDX compile cost (issue 18): every authored body in content/pages compiled with an empty cache
 * (a clean build) and again with the cache just written (a warm build), in this process, with the
 * build's own compile function. `npm run bench` includes it; `--json` prints only the figures.
 *
 *   KB_MDX_CACHE_DIR is set to a fresh temporary folder before compile.ts is loaded, so the
 *   project's cache is neither used nor touched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-mdx-bench-'));
process.env.KB_MDX_CACHE_DIR = dir;
const { getContent } = await import('../app/_lib/content/loader');
const { compileMdx, mdxStats } = await import('../app/_lib/mdx/compile');

const pages = [...getContent().pages.values()];
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.body), 0);
async function pass() {
  const t0 = performance.now();
  for (const p of pages) await compileMdx(p.body, p.file);
  return performance.now() - t0;
}
const clean = await pass();
const compiled = mdxStats.compiled;
const warm = await pass();
rmSync(dir, { recursive: true, force: true });
const result = { pages: pages.length, sourceBytes: bytes, cleanMs: +clean.toFixed(1), compiled, warmMs: +warm.toFixed(1), fromCache: mdxStats.cached };
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`MDX: ${result.pages} authored pages (${(bytes / 1024).toFixed(1)} KB of source)`);
  console.log(`  clean cache: ${result.cleanMs} ms (${compiled} compiled)`);
  console.log(`  warm cache:  ${result.warmMs} ms (${result.fromCache} read from the cache)`);
}
