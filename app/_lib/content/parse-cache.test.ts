/**
 * The loader's parse cache (loader.ts): records read back from it equal a fresh parse, and any
 * change to a file is read from the file, never from a stale cache entry.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'kb-parse-cache-'));
process.env.KB_CONTENT_CACHE_DIR = cacheDir;
const { parseCacheDir, readRecords } = await import('./loader');
const root = mkdtempSync(path.join(tmpdir(), 'kb-parse-root-'));
after(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

const FILES = 600;
mkdirSync(path.join(root, 'groups'), { recursive: true });
const group = (i: number, extra = '') =>
  `---\nkind: "group"\nid: "G${String(i).padStart(4, '0')}"\nname: "Group ${i} {curly} <b>"\naliases:\n  - "A${i}"\nnumbers: [1, 2.5, -3]\nflag: true\nnothing: null\n${extra}---\n\nBody of ${i}, with \`code\` and <Ref id="T1133">x</Ref>.\n`;
for (let i = 0; i < FILES; i++) writeFileSync(path.join(root, 'groups', `G${String(i).padStart(4, '0')}.mdx`), group(i));

const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((n) => n.endsWith('.json')) : []);

test('a second load reads the cache and gives the same records as the parse', () => {
  assert.equal(parseCacheDir(), cacheDir);
  const first = readRecords(root);
  assert.equal(first.length, FILES);
  assert.equal(cacheFiles().length, 1);
  const second = readRecords(root);
  assert.deepEqual(second, first);
  assert.deepEqual((second[7]!.data as { numbers: number[] }).numbers, [1, 2.5, -3]);
  assert.equal((second[7]!.data as { nothing: null }).nothing, null);
});

test('a changed file is read from the file, not from the cache', () => {
  readRecords(root);
  writeFileSync(path.join(root, 'groups', 'G0003.mdx'), group(3).replace('Group 3 ', 'Renamed 3 '));
  const records = readRecords(root);
  assert.equal((records.find((r) => r.file.endsWith('G0003.mdx'))!.data as { name: string }).name, 'Renamed 3 {curly} <b>');
});

test('values JSON cannot carry (an infinite number) are never cached, and still read right', () => {
  const before = cacheFiles().length;
  writeFileSync(path.join(root, 'groups', 'G0004.mdx'), group(4, 'limit: .inf\n'));
  const a = readRecords(root);
  const b = readRecords(root);
  assert.equal(cacheFiles().length, before);
  for (const records of [a, b]) assert.equal((records.find((r) => r.file.endsWith('G0004.mdx'))!.data as { limit: number }).limit, Infinity);
});
