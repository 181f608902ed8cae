/**
 * Corrupt input names its file (issue 14): each reader (gzip, UTF-8, JSON, tar) fails with ONE
 * line saying which file and what is wrong, quoting at most a short snippet of the file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { buildFixture, FIXTURE_FILES } from './__fixtures__/build';
import { readTarArchive } from './archive';
import { readHuntingArchive } from './hunting';
import { makeArchive } from './hunting-fixtures';
import { InputError } from './input';
import { runImport } from './run';
import { loadSource } from './sources';
import { parseBundle } from './stix';

const dir = mkdtempSync(path.join(tmpdir(), 'kb-readers-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

/** A real-sized bundle text (the fixture's, padded with many objects), as upstream's would be. */
const bigBundle = () => {
  const { attack } = buildFixture();
  const bundle = JSON.parse(attack.text) as { objects: object[] };
  for (let i = 0; i < 3000; i++) bundle.objects.push({ type: 'x-filler', id: `x-filler--${i}`, description: 'Filler text. '.repeat(20) });
  return JSON.stringify(bundle);
};

/** The error is an InputError whose message is exactly one short line matching `re`. */
const oneLine = (re: RegExp) => (e: unknown) => {
  assert.ok(e instanceof InputError, `an InputError, not ${String(e)}`);
  assert.ok(!/[\r\n]/.test(e.message), `one line: ${e.message}`);
  assert.ok(e.message.length < 400, `short (${e.message.length} characters): ${e.message.slice(0, 400)}`);
  assert.match(e.message, re);
  return true;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('gzip and text', () => {
  const gz = gzipSync(bigBundle());

  it('names a truncated .gz and says it is truncated', async () => {
    const p = file('cut.json.gz', gz.subarray(0, gz.length >> 1));
    await assert.rejects(loadSource('attack', p), (e: unknown) => e instanceof InputError && e.message === `${p}: truncated gzip (unexpected end of file)`);
  });

  it('names a damaged .gz and says what zlib found', async () => {
    const damaged = Buffer.from(gz);
    damaged[damaged.length - 6]! ^= 0xff; // inside the CRC-32 trailer
    const p = file('damaged.json.gz', damaged);
    await assert.rejects(loadSource('attack', p), oneLine(new RegExp(`^${escape(p)}: corrupt gzip \\(incorrect data check\\)$`)));
  });

  it('refuses bytes that are not UTF-8, an empty file and a missing one', async () => {
    const latin1 = file('latin1.json', Buffer.from('{"name":"Caf\xe9"}', 'latin1'));
    await assert.rejects(loadSource('mapping', latin1), oneLine(new RegExp(`^${escape(latin1)}: not UTF-8 text$`)));
    const empty = file('empty.json', '');
    const s = await loadSource('mapping', empty);
    assert.throws(() => runImport({ ...buildFixture(), mapping: s.text, locations: { mapping: s.where } }), oneLine(new RegExp(`^${escape(empty)}: empty file, expected JSON$`)));
    const missing = path.join(dir, 'missing.json');
    await assert.rejects(loadSource('mapping', missing), oneLine(new RegExp(`^${escape(missing)}: cannot be read \\(ENOENT: no such file or directory\\)$`)));
  });
});

describe('JSON', () => {
  const text = bigBundle();

  it('names truncated JSON, with the position and a few characters, not the text', () => {
    const cut = text.slice(0, text.length - 5000);
    assert.ok(cut.length > 100_000);
    assert.throws(
      () => parseBundle(cut, 'x/enterprise-attack.json'),
      oneLine(new RegExp(`^x/enterprise-attack\\.json: invalid JSON at position ${cut.length}, the end of the text \\(truncated\\?\\): .+; the text ends with ".{1,40}"$`)),
    );
  });

  it('does the same for a truncated .gz of valid gzip, read like any source', async () => {
    const p = file('cut-json.json.gz', gzipSync(text.slice(0, 123_456)));
    const s = await loadSource('attack', p);
    assert.throws(() => parseBundle(s.text, s.where), oneLine(new RegExp(`^${escape(p)}: invalid JSON at position 123456, the end of the text`)));
  });

  it('points into the text at a syntax error', () => {
    // Between two objects of the array: "…}" + "}}" + ",{…" closes what is not open.
    const at = text.indexOf('},{', 50_000) + 1;
    const broken = `${text.slice(0, at)}}}${text.slice(at)}`;
    assert.throws(() => parseBundle(broken, 'x.json'), oneLine(new RegExp(`^x\\.json: invalid JSON at position ${at}: Expected ',' or '\\]' after array element; the text there: "\\}\\},\\{.{1,40}"$`)));
  });

  it('names the CCM file a truncated CCM text came from', () => {
    const inputs = buildFixture();
    for (const role of ['mapping', 'ccmDescriptions', 'ccmDomains'] as const) {
      const cut = { ...inputs, [role]: inputs[role].slice(0, -3) };
      assert.throws(() => runImport(cut), oneLine(new RegExp(`^${escape(FIXTURE_FILES[role])}: invalid JSON at position \\d+, the end of the text \\(truncated\\?\\)`)));
    }
    const era = { ...inputs, attackMappingEra: { ...inputs.attackMappingEra!, text: inputs.attackMappingEra!.text.slice(0, -1) } };
    assert.throws(() => runImport(era), oneLine(new RegExp(`^${escape(FIXTURE_FILES.attackMappingEra)}: invalid JSON`)));
  });
});

describe('tar archives', async () => {
  // Two files of a few blocks each, so a cut can fall inside an entry or exactly between two.
  const files = { 'rules/a.yml': `title: a\n${'# padding\n'.repeat(300)}`, 'rules/b.yml': `title: b\n${'# padding\n'.repeat(300)}` };
  const tar = await makeArchive(files, { gzip: false });
  const tgz = await makeArchive(files);

  it('reads the intact archives', async () => {
    assert.deepEqual([...(await readTarArchive(tar)).keys()], ['rules/a.yml', 'rules/b.yml']);
    assert.deepEqual([...(await readTarArchive(tgz)).keys()], ['rules/a.yml', 'rules/b.yml']);
  });

  it('names a tar cut inside an entry, and the entry', async () => {
    await assert.rejects(
      readHuntingArchive('sigma', tar.subarray(0, 2048), 'x/sigma.tar'),
      oneLine(/^x\/sigma\.tar: truncated tar \(entry "rules\/a\.yml" is cut off, \d+ bytes short\)$/),
    );
  });

  it('names a tar cut exactly between two entries (it parses cleanly, but has no end-of-archive marker)', async () => {
    const second = 512 + Math.ceil(files['rules/a.yml'].length / 512) * 512;
    assert.equal(tar.subarray(second + 257, second + 262).toString(), 'ustar', 'the cut falls on the second header');
    await assert.rejects(readTarArchive(tar.subarray(0, second), () => true, 'x/cut.tar'), oneLine(/^x\/cut\.tar: truncated tar \(no end-of-archive marker after the entry "rules\/a\.yml"\)$/));
  });

  it('names a truncated .tar.gz as truncated gzip', async () => {
    await assert.rejects(readTarArchive(tgz.subarray(0, tgz.length - 20), () => true, 'x/sigma.tar.gz'), (e: unknown) => e instanceof InputError && e.message === 'x/sigma.tar.gz: truncated gzip (unexpected end of file)');
  });

  it('says a JSON file given as an archive is not a tar archive', async () => {
    await assert.rejects(readTarArchive(Buffer.from(bigBundle()), () => true, 'x/bundle.json'), oneLine(/^x\/bundle\.json: not a tar archive \(.+\)$/));
  });
});
