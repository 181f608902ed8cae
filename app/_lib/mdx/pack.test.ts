/**
 * The prose compile cache's packs (compile.ts): many texts compiled together are cached in one
 * pack, and a process that finds the pack reads the same facts and renders the same markup as
 * a process that compiled each text itself.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const dir = mkdtempSync(path.join(tmpdir(), 'kb-mdx-pack-'));
process.env.KB_MDX_CACHE_DIR = dir;
const { compileProse, compileProseMany, isProseCached, mdxStats, proseComponent } = await import('./compile');
after(() => rmSync(dir, { recursive: true, force: true }));

const MEMO = Symbol.for('attack-ccm-kb.prose-compiled');
/** As a fresh process: nothing compiled or read in memory. */
const forget = () => {
  const memo = (globalThis as Record<symbol, { map: Map<string, unknown>; run: Map<string, unknown>; packs?: unknown }>)[MEMO]!;
  memo.map.clear();
  memo.run.clear();
  memo.packs = undefined;
};
const texts = Array.from({ length: 150 }, (_, i) => `Text ${i} with \`code ${i}\`, **bold**, ünïcode — and a [link](https://example.org/${i}).${i % 2 ? `\n\nSecond paragraph ${i}.` : ''}`);
const render = (t: string) => renderToStaticMarkup(createElement(proseComponent(t)));

test('150 texts compiled together are one pack; read back, facts and markup are the same', () => {
  assert.equal(compileProseMany(texts), 150);
  const packs = readdirSync(path.join(dir, 'packs'));
  assert.equal(packs.filter((n) => n.endsWith('.idx.json')).length, 1);
  assert.equal(packs.filter((n) => n.endsWith('.js')).length, 1);
  const direct = texts.map((t) => ({ facts: compileProse(t), html: render(t) }));
  forget();
  const compiledBefore = mdxStats.compiled;
  for (const [i, t] of texts.entries()) {
    assert.ok(isProseCached(t));
    assert.deepEqual(compileProse(t), direct[i]!.facts);
    assert.equal(render(t), direct[i]!.html);
  }
  assert.equal(mdxStats.compiled, compiledBefore, 'nothing compiled again');
  assert.match(direct[3]!.html, /ünïcode/);
  assert.equal(direct[1]!.facts.single, false);
  assert.equal(direct[2]!.facts.single, true);
});

test('a few texts more go to per-text files, and the packed ones are not compiled again', () => {
  forget();
  const more = ['One more text.', 'And another.'];
  assert.equal(compileProseMany([...texts, ...more]), 2);
  assert.ok(more.every(isProseCached));
  assert.equal(readdirSync(path.join(dir, 'packs')).filter((n) => n.endsWith('.idx.json')).length, 1);
});
