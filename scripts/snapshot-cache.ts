/**
 * The cache of built snapshots (issue 17): a snapshot's finished static export, kept under
 * node_modules/.cache/kb-snapshots/v<release>-<key>/, where the key is a SHA-256 of everything
 * that decides its pages: its content folder, the code that renders (app/, components/, the
 * build scripts, next.config.ts, postcss/tsconfig, package-lock.json) and the settings read at
 * build time (KB_ORIGIN, KB_BASE_PATH), and the Node version. Unit tests and other files that
 * cannot change a page are left out, so editing them does not rebuild the snapshot.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { snapshotContentDir } from '../app/_lib/content/root';

/** Inputs besides the content folder: folders walked whole, and single files (relative to the project). */
export const RENDER_INPUTS = {
  dirs: ['app', 'components'],
  files: [
    'scripts/build.ts',
    'scripts/postbuild.ts',
    'scripts/islands.ts',
    'scripts/snapshot-cache.ts',
    'scripts/next-export-hook.cjs',
    'next.config.ts',
    'postcss.config.mjs',
    'tsconfig.json',
    'package-lock.json',
  ],
} as const;

/** Build-time settings that change a page's bytes. */
export const ENV_INPUTS = ['KB_ORIGIN', 'KB_BASE_PATH', 'NEXT_PUBLIC_KB_ORIGIN'] as const;

/** Files that cannot change a rendered page: unit tests. */
const ignored = (rel: string) => /\.test\.tsx?$/.test(rel);

function walk(root: string, dir: string, out: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, dir)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) walk(root, rel, out);
    else if (!ignored(rel)) out.push(rel);
  }
  return out;
}

/** Every input file of a snapshot's build, relative to the project, sorted. */
export function snapshotInputs(root: string, release: string): string[] {
  const content = path.posix.join('content', snapshotContentDir(release).split(path.sep).join('/'));
  return [...walk(root, content, []), ...RENDER_INPUTS.dirs.flatMap((d) => walk(root, d, [])), ...RENDER_INPUTS.files.filter((f) => existsSync(path.join(root, f)))].sort();
}

/** The cache key of a snapshot: SHA-256 over its inputs' paths and bytes, the settings and Node's version. */
export function snapshotKey(root: string, release: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const h = createHash('sha256');
  h.update(`release ${release}\0node ${process.version}\0`);
  for (const k of ENV_INPUTS) h.update(`${k}=${env[k] ?? ''}\0`);
  for (const rel of snapshotInputs(root, release)) {
    h.update(`${rel}\0`);
    h.update(readFileSync(path.join(root, rel)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 20);
}

export const cacheRoot = (root: string) => path.join(root, 'node_modules', '.cache', 'kb-snapshots');
export const cacheDir = (root: string, release: string, key: string) => path.join(cacheRoot(root), `v${release}-${key}`);

/** Copies a tree as hard links (copies where the disk refuses links): the cache is never written through out/. */
export function linkTree(from: string, to: string): number {
  let n = 0;
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const a = path.join(from, name);
    const b = path.join(to, name);
    if (statSync(a).isDirectory()) n += linkTree(a, b);
    else {
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b);
      }
      n++;
    }
  }
  return n;
}

/** Stores a finished snapshot export in the cache (moved, not copied) and drops older entries of that release. */
export function storeSnapshot(root: string, release: string, key: string, built: string): string {
  const dir = cacheDir(root, release, key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  renameSync(built, dir);
  for (const name of readdirSync(cacheRoot(root))) {
    if (name.startsWith(`v${release}-`) && name !== path.basename(dir)) rmSync(path.join(cacheRoot(root), name), { recursive: true, force: true });
  }
  return dir;
}
