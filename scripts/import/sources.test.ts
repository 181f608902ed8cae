/**
 * The vendored upstream files are the pinned ones: SHA256SUMS, the PINNED table and the bytes on
 * disk agree, and a file given by path is read but reported as not pinned.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { loadSource, PINNED, sha256, UPSTREAM_DIR } from './sources';

it('pins every vendored file by the checksum in SHA256SUMS and on disk', () => {
  const sums = new Map(
    readFileSync(path.join(UPSTREAM_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/).reverse() as [string, string]),
  );
  assert.equal(sums.size, Object.keys(PINNED).length);
  for (const pin of Object.values(PINNED)) {
    assert.equal(sums.get(pin.file), pin.sha256, `SHA256SUMS agrees for ${pin.file}`);
    assert.equal(sha256(readFileSync(path.join(UPSTREAM_DIR, pin.file))), pin.sha256, `${pin.file} is intact`);
  }
});

it('reads an override as-is, reporting its checksum, gzip or not', async () => {
  const file = path.join(UPSTREAM_DIR, PINNED.ccmDomains.file);
  const s = await loadSource('ccmDomains', file);
  assert.equal(s.pinned, false);
  assert.equal(s.sha256, PINNED.ccmDomains.sha256);
  assert.ok(Array.isArray(JSON.parse(s.text)));
  const gz = await loadSource('attackMappingEra');
  assert.equal(gz.pinned, true);
  assert.equal(JSON.parse(gz.text).type, 'bundle');
});
