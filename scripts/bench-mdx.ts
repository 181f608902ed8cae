/**
 * MDX compile cost (issue 18): every body the build compiles, the authored guides in content/pages
 * and every distinct upstream prose text (app/_lib/content/prose.ts), compiled with an empty cache
 * (a clean build) and again from the cache just written (a warm build, in a fresh memo), in this
 * process, with the build's own compile functions; then every prose text evaluated once (what a
 * render worker does per text it shows). `npm run bench` includes it; `--json` prints only the
 * figures; `--limit N` takes the first N prose texts (quick runs).
 *
 *   KB_MDX_CACHE_DIR is set to a fresh temporary folder before compile.ts is loaded, so the
 *   project's cache is neither used nor touched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-mdx-bench-'));
process.env.KB_MDX_CACHE_DIR = dir;
const { readRecords } = await import('../app/_lib/content/loader');
const { proseFields } = await import('../app/_lib/content/prose');
const { compileMdx, compileProse, proseComponent, mdxStats } = await import('../app/_lib/mdx/compile');

const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const records = readRecords(path.join(process.cwd(), 'content'));
const pages = records.filter((r) => r.kind === 'page');
const prose = new Set<string>();
for (const r of records) for (const f of proseFields(r.kind, (r.data ?? {}) as Record<string, unknown>, { get: () => r.body, set: () => undefined })) prose.add(f.text);
const texts = [...prose].slice(0, limit);
const bytes = (list: string[]) => list.reduce((n, t) => n + Buffer.byteLength(t), 0);

const MEMO = Symbol.for('attack-ccm-kb.prose-compiled');
const forgetMemo = () => {
  const memo = (globalThis as Record<symbol, { map: Map<string, unknown>; run: Map<string, unknown> }>)[MEMO];
  memo?.map.clear();
  memo?.run.clear();
};

async function pass() {
  const t0 = performance.now();
  for (const p of pages) await compileMdx(p.body, p.file);
  const tPages = performance.now();
  for (const t of texts) compileProse(t);
  return { pagesMs: tPages - t0, proseMs: performance.now() - tPages };
}
const clean = await pass();
const compiled = mdxStats.compiled;
forgetMemo();
const warm = await pass();
const fromCache = mdxStats.cached;
const t0 = performance.now();
for (const t of texts) proseComponent(t);
const runMs = performance.now() - t0;
rmSync(dir, { recursive: true, force: true });

const r1 = (n: number) => +n.toFixed(1);
const result = {
  pages: pages.length,
  pageBytes: bytes(pages.map((p) => p.body)),
  proseTexts: texts.length,
  proseBytes: bytes(texts),
  cleanMs: { pages: r1(clean.pagesMs), prose: r1(clean.proseMs) },
  compiled,
  perTextMs: +(clean.proseMs / Math.max(1, texts.length)).toFixed(3),
  warmMs: { pages: r1(warm.pagesMs), prose: r1(warm.proseMs) },
  fromCache,
  runMs: r1(runMs),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`MDX: ${result.pages} authored pages (${(result.pageBytes / 1024).toFixed(1)} KB), ${result.proseTexts} distinct prose texts (${(result.proseBytes / 1024 / 1024).toFixed(1)} MB)`);
  console.log(`  clean cache: pages ${result.cleanMs.pages} ms, prose ${result.cleanMs.prose} ms (${compiled} compiled, ${result.perTextMs} ms a text) — one process; the build splits prose over two`);
  console.log(`  warm cache:  pages ${result.warmMs.pages} ms, prose ${result.warmMs.prose} ms (${fromCache} read from the cache)`);
  console.log(`  evaluate every prose text once (runSync): ${result.runMs} ms`);
}
