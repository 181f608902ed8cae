import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const { RUNTIME, skipSegmentData } = require('./next-export-hook.cjs') as {
  RUNTIME: RegExp;
  skipSegmentData: (source: string, filename: string) => string;
};

const runtimeDir = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'compiled', 'next-server');
const runtimes = readdirSync(runtimeDir)
  .map((name) => path.join(runtimeDir, name))
  .filter((file) => RUNTIME.test(file));

describe('next-export-hook (skips per-segment prefetch data in `next build`)', () => {
  it('finds the statement in every app-page runtime of the installed Next, and the result still compiles', () => {
    // The Turbopack build loads app-page-turbo; the others are there for webpack and experimental builds.
    assert.ok(runtimes.some((f) => f.endsWith('app-page-turbo.runtime.prod.js')), `no Turbopack app-page runtime in ${runtimeDir}`);
    for (const file of runtimes) {
      const patched = skipSegmentData(readFileSync(file, 'utf8'), file);
      assert.match(patched, /\.segmentData=void 0&&await [\w$]+\.collectSegmentData\(/, file);
      // Compiled as Node compiles a CommonJS module: a syntax error would throw here.
      assert.doesNotThrow(() => new vm.Script(`(function (exports, require, module, __filename, __dirname) {${patched}\n})`, { filename: file }), file);
    }
  });

  it('leaves segmentData unset and never calls collectSegmentData', async () => {
    const source = 'module.exports=async function s1(e,i,r){i.before=1;i.segmentData=await r.collectSegmentData(e,2);i.after=3}';
    const mod = { exports: undefined as unknown };
    new vm.Script(`(function (module) {${skipSegmentData(source, 'runtime.js')}\n})`).runInThisContext()(mod);
    let calls = 0;
    const metadata: Record<string, unknown> = {};
    await (mod.exports as (e: unknown, i: unknown, r: unknown) => Promise<void>)(
      'flight',
      metadata,
      { collectSegmentData: async () => (calls++, new Map([['/_tree', 'x']])) },
    );
    assert.equal(calls, 0);
    assert.deepEqual(metadata, { before: 1, segmentData: undefined, after: 3 });
  });

  it('fails loudly, naming the file, when Next no longer has exactly one such statement', () => {
    assert.throws(() => skipSegmentData('a.other=await b.collectSegmentData(1)', '/x/app-page.runtime.prod.js'), /\/x\/app-page\.runtime\.prod\.js: expected 1 .* found 0/);
    const twice = 'i.segmentData=await r.collectSegmentData(1);j.segmentData=await q.collectSegmentData(2)';
    assert.throws(() => skipSegmentData(twice, 'rt.js'), /rt\.js: expected 1 .* found 2/);
  });

  it('applies only to Next’s compiled page runtimes', () => {
    assert.ok(RUNTIME.test('/r/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js'));
    assert.ok(RUNTIME.test('C:\\r\\node_modules\\next\\dist\\compiled\\next-server\\app-page.runtime.prod.js'));
    assert.ok(!RUNTIME.test('/r/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.dev.js'));
    assert.ok(!RUNTIME.test('/r/node_modules/next/dist/compiled/next-server/app-route-turbo.runtime.prod.js'));
  });
});
