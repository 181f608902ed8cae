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
 * 4. Frozen release snapshots (issue 17, scripts/snapshots.ts): each is the same build again in a
 *    child process with KB_SNAPSHOT=<release> (content/versions/v<release>/, base path
 *    /versions/v<release>, exported to .snapshot-out/v<release>/ by next.config.ts, without the
 *    routes its release has no content for), unless the cache (scripts/snapshot-cache.ts) holds
 *    one built from the same inputs; then it is linked into out/versions/v<release>/. The current
 *    release's own permalinks, /versions/v<current>/…, are redirect stubs to its pages until it
 *    is snapshotted itself.
 *
 * `--stage <dir>` is the second process's entry; `--prose <k>/<n>` the compile processes';
 * `--snapshot-build` a snapshot's build (KB_SNAPSHOT set). `--no-snapshots` builds the current
 * release alone; `--snapshots-only` only the snapshots, into an existing out/ (npm run bench).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { proseFields } from '../app/_lib/content/prose';
import { getContent, readRecords } from '../app/_lib/content/loader';
import { contentRoot, snapshotRelease } from '../app/_lib/content/root';
import { compileProseMany, isProseCached, mdxStats } from '../app/_lib/mdx/compile';
import { SITE_ORIGIN, versionHref } from '../app/_lib/urls';
import { finishPages, mergeContentFiles, writeContentFiles, writeVersionStubs } from './postbuild';
import { cacheDir, linkTree, snapshotKey, storeSnapshot } from './snapshot-cache';
import { SNAPSHOTS } from './snapshots';

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const SNAPSHOT = snapshotRelease();
/** This process's export: out/, or a snapshot's own folder (next.config.ts distDir). */
const OUT = SNAPSHOT ? path.join(ROOT, '.snapshot-out', `v${SNAPSHOT}`) : path.join(ROOT, 'out');
const SITE_OUT = path.join(ROOT, 'out');
const STAGE = path.join(ROOT, 'node_modules', '.cache', 'kb-build', SNAPSHOT ? `content-files-v${SNAPSHOT}` : 'content-files');
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
  for (const r of readRecords(contentRoot(ROOT))) {
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
/**
 * Routes a snapshot's release has no content for, left out of its `next build` (Next refuses a
 * dynamic route with no params under output: 'export'): detection strategies and data
 * components before v18.0, hunting and Kubernetes pages without the hunting sources, and the
 * guides and the list of versions (the site's own: a snapshot links to the current ones).
 */
function excludedRoutes(): string[] {
  const g = getContent();
  return [
    ...(g.detectionStrategies.size ? [] : ['app/detection-strategies/**']),
    ...(g.dataComponents.size ? [] : ['app/data-components/**']),
    ...(g.sigmaRules.size || g.atomicByTechnique.size ? [] : ['app/hunting/**']),
    ...(g.kubernetesTechniques.size ? [] : ['app/kubernetes/**']),
    ...(SNAPSHOT ? ['app/guides/**', 'app/versions/**'] : []),
  ];
}

/** The static export of this process's release (the current one, or KB_SNAPSHOT's) into OUT. */
async function buildRelease(): Promise<void> {
  const t0 = performance.now();
  const texts = proseTexts();
  const missing = [...texts].filter((t) => !isProseCached(t)).length;
  if (missing) {
    const PROSE_PROCESSES = 2;
    await Promise.all(
      Array.from({ length: PROSE_PROCESSES }, (_, k) =>
        run(spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--prose', `${k}/${PROSE_PROCESSES}`], { stdio: 'inherit' }), 'compiling prose'),
      ),
    );
  }
  console.log(`build: ${texts.size} prose texts, ${missing} not in the MDX cache and compiled first, ${seconds(t0)}`);
  const nodeOptions = [process.env.NODE_OPTIONS, `--max-semi-space-size=${SEMI_SPACE_MB}`, `--require ${JSON.stringify(EXPORT_HOOK)}`]
    .filter(Boolean)
    .join(' ');
  const excluded = excludedRoutes();
  if (excluded.length && !SNAPSHOT) throw new Error(`build: the current release has no content for ${excluded.join(', ')}`);
  // Next's selective build (`--debug-build-paths`, Next 16): every route but those.
  const nextArgs = ['build', ...(excluded.length ? ['--debug-build-paths', ['app/**', ...excluded.map((e) => `!${e}`)].join(',')] : [])];
  if (excluded.length) console.log(`build: v${SNAPSHOT} has no content for ${excluded.join(', ')}: left out`);
  const next = spawn(process.execPath, [require.resolve('next/dist/bin/next'), ...nextArgs], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  // Same Node flags as this process (tsx's loader), same script.
  const stage = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--stage', STAGE], { stdio: 'inherit' });
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
  if (!SNAPSHOT) {
    // The current release's permalinks, until it is a snapshot itself: one stub per page Next
    // exported (before the aliases and revoked-id pages move in, so only pages are read).
    const current = getContent().meta.attack.version;
    if (!SNAPSHOTS.some((s) => s.release === current)) console.log(`build: ${writeVersionStubs(OUT, current)}`);
  }
  await stageDone;
  console.log(`build: ${mergeContentFiles(STAGE, OUT)}`);
  if (SNAPSHOT) {
    // Served inside the site: one robots.txt and one sitemap (current pages only) at its root.
    for (const f of ['robots.txt', 'sitemap.xml', '.nojekyll']) rmSync(path.join(OUT, f), { force: true });
  }
  console.log(`build: after next build ${seconds(tNext)}; in all ${seconds(t0)}`);
}

/** Each snapshot into out/versions/v<release>/: from the cache if its inputs did not change, else built. */
async function buildSnapshots(): Promise<void> {
  for (const { release } of SNAPSHOTS) {
    const t0 = performance.now();
    const key = snapshotKey(ROOT, release);
    let dir = cacheDir(ROOT, release, key);
    const cached = existsSync(path.join(dir, 'index.html'));
    if (!cached) {
      console.log(`build: snapshot v${release}: not in the cache (key ${key}), building`);
      await run(spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--snapshot-build'], { stdio: 'inherit', env: { ...process.env, KB_SNAPSHOT: release } }), `building snapshot v${release}`);
      dir = storeSnapshot(ROOT, release, key, path.join(ROOT, '.snapshot-out', `v${release}`));
    }
    const target = path.join(SITE_OUT, ...versionHref(release).split('/').filter(Boolean));
    rmSync(target, { recursive: true, force: true });
    const files = linkTree(dir, target);
    console.log(`build: snapshot v${release} ${cached ? 'from the cache' : 'built'} (key ${key}): ${files} files into out${versionHref(release)}, ${seconds(t0)}`);
  }
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
  if (process.argv.includes('--snapshot-build')) {
    if (!SNAPSHOT) throw new Error('--snapshot-build needs KB_SNAPSHOT=<release>');
    await buildRelease();
    return;
  }
  const t0 = performance.now();
  if (!process.env.KB_ORIGIN && !process.env.NEXT_PUBLIC_KB_ORIGIN) {
    // Fine for a local preview; a deployed site would cite, link and list itself at localhost.
    console.warn(
      `build: warning: KB_ORIGIN is not set, so canonical links, citations, the print header and sitemap.xml say ${SITE_ORIGIN}. Set KB_ORIGIN=https://your.host when building the site you publish.`,
    );
  }
  if (SNAPSHOT) throw new Error('KB_SNAPSHOT is set: npm run build builds the current release and then each snapshot itself (scripts/snapshots.ts)');
  if (!process.argv.includes('--snapshots-only')) await buildRelease();
  if (!process.argv.includes('--no-snapshots')) {
    const t1 = performance.now();
    await buildSnapshots();
    console.log(`build: snapshots ${seconds(t1)}; in all ${seconds(t0)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
