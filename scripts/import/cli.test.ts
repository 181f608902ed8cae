/**
 * `npm run import` on bad input (issue 14): one line on stderr naming the file and the problem,
 * exit code 1, no stack trace, and nothing written (least of all outside the output folder).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, it } from 'node:test';
import { buildFixture, byAttackId, HOSTILE_IDS, withObjects } from './__fixtures__/build';
import { makeArchive } from './hunting-fixtures';

const root = mkdtempSync(path.join(tmpdir(), 'kb-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));
const input = (name: string, bytes: Buffer | string) => {
  const p = path.join(root, 'in', name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, bytes);
  return p;
};
// The fixture's mapping-era bundle, so a run does not spend its time reading the pinned 17.1 one.
const era = input('era.json', buildFixture().attackMappingEra!.text);

/** Runs the CLI; `out` is the output folder, deep inside a folder of its own. */
function runCli(...args: string[]) {
  const work = mkdtempSync(path.join(root, 'run-'));
  const out = path.join(work, 'a', 'b', 'content');
  const r = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/import/index.ts', '--out', out, '--attack-mapping-era', era, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { ...r, work };
}

/** Exit code 1, nothing on stdout, and exactly `line` on stderr. */
function failsWith(r: ReturnType<typeof runCli>, line: string | RegExp) {
  assert.equal(r.status, 1, `exit code 1; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.split('\n').length, 2, `one line on stderr: ${r.stderr}`);
  if (typeof line === 'string') assert.equal(r.stderr, `${line}\n`);
  else assert.match(r.stderr.trimEnd(), line);
  assert.doesNotMatch(r.stderr, /\bat .+:\d+:\d+\)?$/m, 'no stack trace');
}

it('prints one line for a truncated .gz and exits 1', () => {
  const gz = gzipSync(buildFixture().attack.text);
  const p = input('enterprise-attack.json.gz', gz.subarray(0, gz.length - 40));
  failsWith(runCli('--check', '--no-hunting', '--attack', p), `scripts/import: ${p}: truncated gzip (unexpected end of file)`);
});

it('reads --history <path> like the other sources: a truncated file is one line naming it', () => {
  const gz = gzipSync(JSON.stringify({ releases: [{ version: '1.0', tag: 'ATT&CK-v1.0', commit: 'x', date: '2018-01-17' }], objects: [] }));
  const p = input('history.json.gz', gz.subarray(0, gz.length - 10));
  failsWith(runCli('--check', '--no-hunting', '--attack', input('attack.json', buildFixture().attack.text), '--history', p), `scripts/import: ${p}: truncated gzip (unexpected end of file)`);
});

it('prints one line for truncated JSON, without echoing it', () => {
  const text = buildFixture().attack.text;
  const p = input('enterprise-attack.json', text.slice(0, text.length >> 1));
  failsWith(runCli('--check', '--no-hunting', '--attack', p), new RegExp(`^scripts/import: ${p.replace(/[.\\/]/g, '\\$&')}: invalid JSON at position \\d+, the end of the text \\(truncated\\?\\): .{1,200}$`));
});

it('prints one line for a truncated tar and exits 1', async () => {
  const tar = await makeArchive({ 'rules/a.yml': `title: a\n${'# padding\n'.repeat(300)}` }, { gzip: false });
  const p = input('sigma.tar', tar.subarray(0, 1536));
  failsWith(runCli('--check', '--attack', input('attack.json', buildFixture().attack.text), '--sigma', p, '--sigma-ref', 'test'), `scripts/import: ${p}: truncated tar (entry "rules/a.yml" is cut off, 2048 bytes short)`);
});

it('refuses a hostile ATT&CK id with one line and writes nothing, inside the output folder or out of it', () => {
  for (const hostile of HOSTILE_IDS.slice(0, 3)) {
    let stix = '';
    const bundle = withObjects((objects) => {
      const t = byAttackId(objects, 'T1133');
      stix = String(t.id);
      (t.external_references as Record<string, unknown>[])[0]!.external_id = hostile;
    }).attack.text;
    const p = input('hostile.json', bundle);
    const r = runCli('--no-hunting', '--attack', p);
    failsWith(r, `scripts/import: ${p}: ${stix}: external_references[0].external_id: ${JSON.stringify(hostile)} is not an ATT&CK technique id (T1234 or T1234.001)`);
    assert.deepEqual(readdirSync(r.work, { recursive: true }), [], 'not even the output folder was made');
  }
});
