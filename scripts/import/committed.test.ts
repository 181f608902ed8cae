/**
 * The committed content/ is exactly what the import writes from the vendored, checksum-pinned
 * upstream files (the in-process equivalent of `npm run import -- --check`).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { importFromSources } from './pipeline';
import { diff } from './write';
import { snapshotContentDir } from '../../app/_lib/content/root';

it('content/ matches a fresh import of the pinned sources', async (t) => {
  const started = performance.now();
  const { files, loaded, snapshots } = await importFromSources();
  assert.ok(Object.values(loaded).every((s) => s.pinned), 'every source is the pinned, checksum-verified file');
  const d = await diff(path.join(process.cwd(), 'content'), files);
  assert.deepEqual(
    { changed: d.changed.slice(0, 20), missing: d.added.slice(0, 20), extra: d.removed.slice(0, 20) },
    { changed: [], missing: [], extra: [] },
    'content/ is out of date: run `npm run import` and commit the result',
  );
  // Each frozen snapshot (scripts/snapshots.ts) likewise: content/versions/v<release>/.
  assert.ok(snapshots.length > 0, 'at least one snapshot is configured');
  for (const s of snapshots) {
    const ds = await diff(path.join(process.cwd(), 'content', snapshotContentDir(s.release)), s.files);
    assert.deepEqual({ changed: ds.changed.slice(0, 20), missing: ds.added.slice(0, 20), extra: ds.removed.slice(0, 20) }, { changed: [], missing: [], extra: [] }, `content/${snapshotContentDir(s.release)}/ is out of date: run \`npm run import\``);
  }
  t.diagnostic(`import + compare of ${files.size} files: ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
