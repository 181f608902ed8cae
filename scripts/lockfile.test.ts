/**
 * `npm ci` installs only from a lockfile that matches package.json and names every package any
 * platform may need. A lock written on one machine can lack other platforms' optional builds
 * (@next/swc-darwin-*, @tailwindcss/oxide-*): then `npm ci` refuses it on every OS. These checks
 * fail before CI or a user's install does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  link?: boolean;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

const ROOT = path.join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as LockEntry;
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

/** Where Node (and npm) would find `name` required from the package installed at `from`. */
export function resolveInLock(packages: Lock['packages'], from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up === -1 ? '' : dir.slice(0, up);
  }
}

/** Every dependency (optional ones included: the lock must carry all platforms') it cannot find. */
export function missingFromLock(l: Lock): string[] {
  const missing: string[] = [];
  for (const [at, entry] of Object.entries(l.packages)) {
    if (entry.link) continue;
    const wanted = { ...entry.dependencies, ...entry.optionalDependencies, ...(at === '' ? entry.devDependencies : {}) };
    for (const name of Object.keys(wanted)) {
      if (!resolveInLock(l.packages, at, name)) missing.push(`${at || '(root)'} → ${name}`);
    }
  }
  return missing.sort();
}

test('the lockfile is v3 and its root entry is package.json', () => {
  assert.equal(lock.lockfileVersion, 3);
  const root = lock.packages[''];
  assert.ok(root);
  assert.deepEqual(root.dependencies ?? {}, pkg.dependencies ?? {}, 'dependencies differ: run npm install and commit the lock');
  assert.deepEqual(root.devDependencies ?? {}, pkg.devDependencies ?? {}, 'devDependencies differ: run npm install and commit the lock');
});

test('every direct dependency is locked at the version package.json pins', () => {
  for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const entry = lock.packages[`node_modules/${name}`];
    assert.ok(entry, `${name} is not in package-lock.json`);
    assert.equal(entry.version, spec, `${name}: package.json pins ${spec}, the lock has ${entry.version}`);
  }
});

test("every package's dependencies, and every platform's optional builds, are in the lock", () => {
  assert.deepEqual(missingFromLock(lock), []);
});

test('the check catches the lock that npm ci refused (optional platform builds left out)', () => {
  const broken: Lock = structuredClone(lock);
  delete broken.packages['node_modules/@next/swc-darwin-arm64'];
  assert.deepEqual(missingFromLock(broken), ['node_modules/next → @next/swc-darwin-arm64']);
});
