/**
 * `npm run build`: the whole static site in out/.
 *
 * 1. `next build` (output: 'export') renders every page into out/. Its render workers get a
 *    larger V8 young generation (with the default, garbage collection was ~20 % of their time),
 *    and scripts/next-export-hook.cjs, which skips Next's per-segment prefetch data (a third of
 *    page generation, for a client router this site does not ship).
 * 2. At the same time, at the lowest CPU priority, a second process writes the files that need
 *    only the content (downloads, Sigma rule YAML, redirect pages) into a staging folder, so that
 *    work fills the moments Next leaves a core idle (one render worker finishing before the
 *    other, the copy into out/) instead of adding to the build.
 * 3. Then the pages Next exported become documents with islands, and the staged files move into
 *    out/ (scripts/postbuild.ts).
 *
 * Before both, two processes (one per core) compile every upstream prose text that the MDX cache
 * (node_modules/.cache/kb-mdx) does not hold yet, each half of them, so that Next's workers, which
 * all load the content at once, find every text compiled instead of each compiling all of them.
 * With a warm cache this only reads the content and finds every text cached.
 *
 * `--stage <dir>` is the second process's entry; `--prose <k>/<n>` the compile processes'.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { proseFields } from '../app/_lib/content/prose';
import { readRecords } from '../app/_lib/content/loader';
import { compileProseMany, isProseCached, mdxStats } from '../app/_lib/mdx/compile';
import { SITE_ORIGIN } from '../app/_lib/urls';
import { finishPages, mergeContentFiles, writeContentFiles } from './postbuild';

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out');
const STAGE = path.join(ROOT, 'node_modules', '.cache', 'kb-build', 'content-files');
/** Stops Next computing per-segment prefetch data that a static export of documents never uses. */
const EXPORT_HOOK = path.join(ROOT, 'scripts', 'next-export-hook.cjs');
/** MB per semi-space of V8's young generation (default 16 on 64-bit): fewer scavenges of short-lived render objects. */
const SEMI_SPACE_MB = 64;

function run(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})`))));
  });
}

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** Every distinct prose text in content/ (app/_lib/content/prose.ts). */
function proseTexts(): Set<string> {
  const texts = new Set<string>();
  for (const r of readRecords(path.join(ROOT, 'content'))) {
    for (const f of proseFields(r.kind, (r.data ?? {}) as Record<string, unknown>, { get: () => r.body, set: () => undefined })) texts.add(f.text);
  }
  return texts;
}

/** Compiles this process's share (by hash) of the prose texts that are not cached, as one pack. */
function compileProseShare(k: number, n: number): string {
  const mine = [...proseTexts()].filter((t) => createHash('sha1').update(t).digest()[0]! % n === k);
  const compiled = compileProseMany(mine);
  return `prose ${k + 1}/${n}: ${compiled} texts compiled (${(mdxStats.compileMs / 1000).toFixed(1)} s)`;
}
async function main() {
  const proseIndex = process.argv.indexOf('--prose');
  if (proseIndex > 0) {
    const [k, n] = process.argv[proseIndex + 1]!.split('/').map(Number) as [number, number];
    console.log(`build: ${compileProseShare(k, n)}`);
    return;
  }
  const stageIndex = process.argv.indexOf('--stage');
  if (stageIndex > 0) {
    for (const line of writeContentFiles(process.argv[stageIndex + 1]!)) console.log(`build: ${line} staged`);
    return;
  }
  const t0 = performance.now();
  if (!process.env.KB_ORIGIN && !process.env.NEXT_PUBLIC_KB_ORIGIN) {
    // Fine for a local preview; a deployed site would cite, link and list itself at localhost.
    console.warn(
      `build: warning: KB_ORIGIN is not set, so canonical links, citations, the print header and sitemap.xml say ${SITE_ORIGIN}. Set KB_ORIGIN=https://your.host when building the site you publish.`,
    );
  }
  const texts = proseTexts();
  const missing = [...texts].filter((t) => !isProseCached(t)).length;
  if (missing) {
    const PROSE_PROCESSES = 2;
    await Promise.all(
      Array.from({ length: PROSE_PROCESSES }, (_, k) =>
        run(spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1), '--prose', `${k}/${PROSE_PROCESSES}`], { stdio: 'inherit' }), 'compiling prose'),
      ),
    );
  }
  console.log(`build: ${texts.size} prose texts, ${missing} not in the MDX cache and compiled first, ${seconds(t0)}`);
  const nodeOptions = [process.env.NODE_OPTIONS, `--max-semi-space-size=${SEMI_SPACE_MB}`, `--require ${JSON.stringify(EXPORT_HOOK)}`]
    .filter(Boolean)
    .join(' ');
  const next = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  // Same Node flags as this process (tsx's loader), same script.
  const stage = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1), '--stage', STAGE], { stdio: 'inherit' });
  try {
    if (stage.pid) os.setPriority(stage.pid, 19);
  } catch {
    // Not allowed here: it still works, just competes with Next for the CPU.
  }
  const stageDone = run(stage, 'writing the content files');
  let stageError: unknown;
  stageDone.catch((e: unknown) => {
    stageError = e;
    next.kill();
  });
  try {
    await run(next, 'next build');
  } catch (e) {
    stage.kill();
    throw stageError ?? e;
  }
  const tNext = performance.now();
  console.log(`build: next build took ${seconds(t0)}`);
  console.log(`build: ${await finishPages(OUT, { segmentsSkipped: true })}`);
  await stageDone;
  console.log(`build: ${mergeContentFiles(STAGE, OUT)}`);
  console.log(`build: after next build ${seconds(tNext)}; in all ${seconds(t0)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
