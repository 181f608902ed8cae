/**
 * The committed content/ is exactly what the import writes from the vendored, checksum-pinned
 * upstream files (the in-process equivalent of `npm run import -- --check`).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { importFromSources } from './pipeline';
import { diff } from './write';

it('content/ matches a fresh import of the pinned sources', async (t) => {
  const started = performance.now();
  const { files, loaded } = await importFromSources();
  assert.ok(Object.values(loaded).every((s) => s.pinned), 'every source is the pinned, checksum-verified file');
  const d = await diff(path.join(process.cwd(), 'content'), files);
  assert.deepEqual(
    { changed: d.changed.slice(0, 20), missing: d.added.slice(0, 20), extra: d.removed.slice(0, 20) },
    { changed: [], missing: [], extra: [] },
    'content/ is out of date: run `npm run import` and commit the result',
  );
  t.diagnostic(`import + compare of ${files.size} files: ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
