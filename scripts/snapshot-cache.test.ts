/** The snapshot cache key (issue 17): changes with any input of a snapshot's pages, and only then. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { cacheDir, linkTree, RENDER_INPUTS, snapshotInputs, snapshotKey, storeSnapshot } from './snapshot-cache';

const root = mkdtempSync(path.join(os.tmpdir(), 'kb-snapshot-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
write('content/versions/v17.1/techniques/T1133.mdx', 'a');
write('content/techniques/T1133.mdx', 'current');
write('app/page.tsx', 'page');
write('app/_lib/x.test.ts', 'test');
write('components/A.tsx', 'component');
write('scripts/postbuild.ts', 'post');
write('scripts/bench.ts', 'bench');
write('package-lock.json', '{}');
write('README.md', 'readme');
const env = { KB_ORIGIN: 'https://kb.example.org' };
const key = () => snapshotKey(root, '17.1', env);

describe('snapshot cache key', () => {
  it('covers the snapshot content, the rendering code and the lockfile, not tests, docs or the current content', () => {
    const inputs = snapshotInputs(root, '17.1');
    assert.deepEqual(inputs, ['app/page.tsx', 'components/A.tsx', 'content/versions/v17.1/techniques/T1133.mdx', 'package-lock.json', 'scripts/postbuild.ts']);
    assert.ok((RENDER_INPUTS.files as readonly string[]).includes('next.config.ts'));
  });

  it('is stable, and changes with each input and build setting', () => {
    const k0 = key();
    assert.equal(key(), k0);
    assert.match(k0, /^[0-9a-f]{20}$/);
    for (const [rel, text] of [
      ['app/_lib/x.test.ts', 'test 2'],
      ['scripts/bench.ts', 'bench 2'],
      ['README.md', 'readme 2'],
      ['content/techniques/T1133.mdx', 'current 2'],
    ] as const) {
      write(rel, text);
      assert.equal(key(), k0, `${rel} does not change a snapshot page`);
    }
    for (const [rel, text] of [
      ['content/versions/v17.1/techniques/T1133.mdx', 'b'],
      ['components/A.tsx', 'component 2'],
      ['package-lock.json', '{"x":1}'],
    ] as const) {
      const before = key();
      write(rel, text);
      assert.notEqual(key(), before, `${rel} changes the key`);
    }
    const before = key();
    write('content/versions/v17.1/techniques/T1134.mdx', 'new');
    assert.notEqual(key(), before, 'a new content file changes the key');
    assert.notEqual(snapshotKey(root, '17.1', { KB_ORIGIN: 'https://other.example.org' }), key(), 'KB_ORIGIN changes the key');
    assert.notEqual(snapshotKey(root, '17.1', { ...env, KB_BASE_PATH: '/kb' }), key(), 'KB_BASE_PATH changes the key');
  });

  it('stores a build under its key, drops older entries of the release, and links it into out/', () => {
    const built = path.join(root, '.snapshot-out', 'v17.1');
    write('.snapshot-out/v17.1/index.html', 'home');
    write('.snapshot-out/v17.1/techniques/T1133/index.html', 't1133');
    mkdirSync(cacheDir(root, '17.1', 'old'), { recursive: true });
    const dir = storeSnapshot(root, '17.1', 'k1', built);
    assert.equal(dir, cacheDir(root, '17.1', 'k1'));
    assert.throws(() => statSync(cacheDir(root, '17.1', 'old')), 'older entry removed');
    const out = path.join(root, 'out', 'versions', 'v17.1');
    assert.equal(linkTree(dir, out), 2);
    assert.equal(readFileSync(path.join(out, 'techniques', 'T1133', 'index.html'), 'utf8'), 't1133');
  });
});
