import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readRecords, validateRecords } from '../../app/_lib/content/loader';
import { unfenced } from '../../app/_lib/content/hunting-text';
import { readTarArchive } from './archive';
import { FIXTURE_ATTACK, HOSTILE, makeArchive, noteCollector } from './hunting-fixtures';
import { HUNTING_ACCEPT } from './hunting';
import { importSigma } from './sigma';
import { filesFor, write } from './write';

const indent = (s: string) => s.split('\n').map((l) => `    ${l}`).join('\n');
const HOSTILE_RULE = `title: 'Hostile ${HOSTILE.script} rule'
id: 11111111-1111-4111-8111-111111111111
status: test
description: |
${indent([HOSTILE.script, HOSTILE.template, HOSTILE.jsx, HOSTILE.fence].join('\n'))}
author: Alice <alice@example.com>
date: 2024-01-02
modified: 2024-02-03
tags:
    - attack.initial-access
    - attack.t1133
    - attack.t1078.004
    - attack.t9999
logsource:
    product: windows
    category: process_creation
detection:
    selection:
        CommandLine|contains: '<script>'
    condition: selection
falsepositives:
    - '{{ template }}'
    - Admin <b>tools</b>
level: high
`;
const rule = (id: string, tags: string[], extra = '') => `title: Rule ${id}
id: ${id}
status: experimental
description: Plain.
author: Bob
date: 2023-05-06
tags:
${tags.map((t) => `    - ${t}`).join('\n')}
logsource:
    service: security
detection:
    sel:
        EventID: 1
    condition: sel
level: low
${extra}`;

const FILES = {
  LICENSE: 'Detection Rule License 1.1',
  'rules/windows/hostile.yml': HOSTILE_RULE,
  'rules/windows/long.yml': rule('22222222-2222-4222-8222-222222222222', ['attack.t1059']).replace('description: Plain.', `description: ${HOSTILE.long}`),
  'rules-threat-hunting/th.yml': rule('33333333-3333-4333-8333-333333333333', ['attack.t1066', 'attack.t1000']),
  'rules-emerging-threats/2024/et.yml': rule('44444444-4444-4444-8444-444444444444', ['attack.t9999']),
  'rules/untagged.yml': rule('55555555-5555-4555-8555-555555555555', ['attack.execution']),
  'rules/broken.yml': 'title: [unclosed\nid: x',
  'rules/windows/zz-dup.yml': rule('11111111-1111-4111-8111-111111111111', ['attack.t1133']),
  'rules/badlevel.yml': rule('66666666-6666-4666-8666-666666666666', ['attack.t1133']).replace('level: low', 'level: severe'),
  'deprecated/old.yml': rule('77777777-7777-4777-8777-777777777777', ['attack.t1133']),
};
const OPTS = { repo: 'SigmaHQ/sigma', ref: 'r-test', source: 'SigmaHQ r-test', attackVersion: '18.1' };

async function run(prefix = '') {
  const archive = await makeArchive(Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`${prefix}${k}`, v])));
  const files = await readTarArchive(archive, HUNTING_ACCEPT.sigma);
  const { notes, note } = noteCollector();
  return { ...importSigma(files, FIXTURE_ATTACK, note, OPTS), notes, files };
}

test('sigma: reads rule folders from a tar.gz with node-tar, counts and skips what it must', async () => {
  const { records, stats, files } = await run();
  assert.deepEqual([...files.keys()].sort(), Object.keys(FILES).filter((f) => f.startsWith('rules')).sort(), 'only rule folders are read');
  // 8 rule files; 7 carry a technique tag (untagged one does not; broken YAML is not counted as tagged).
  assert.equal(stats.rules, 8);
  assert.equal(stats.tagged, 6);
  assert.deepEqual(
    records.map((r) => r.id),
    ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'],
  );
});

test('sigma: a rule keeps its fields, tags resolve in ATT&CK, and its source links to GitHub at the tag', async () => {
  const { records } = await run();
  const hostile = records.find((r) => r.id.startsWith('1111'))!;
  const fm = hostile.frontmatter;
  assert.deepEqual(fm.techniques, ['T1078.004', 'T1133'], 'unknown T9999 dropped, ids upper-cased and sorted');
  assert.equal(fm.level, 'high');
  assert.equal(fm.status, 'test');
  assert.deepEqual(fm.logsource, { product: 'windows', category: 'process_creation' });
  assert.equal(fm.author, 'Alice <alice@example.com>');
  assert.equal(fm.date, '2024-01-02');
  assert.equal(fm.modified, '2024-02-03');
  assert.deepEqual(fm.falsePositives, ['{{ template }}', 'Admin <b>tools</b>']);
  assert.equal(fm.url, 'https://github.com/SigmaHQ/sigma/blob/r-test/rules/windows/hostile.yml');
  assert.equal(fm.path, 'rules/windows/hostile.yml');

  const th = records.find((r) => r.id.startsWith('3333'))!;
  assert.deepEqual(th.frontmatter.techniques, ['T1000', 'T1027.005'], 'revoked T1066 follows its replacement; deprecated T1000 kept');
});

test('sigma: corrections become data notes naming the rule files', async () => {
  const { notes } = await run();
  const about = (s: string) => notes.filter((n) => n.subject.includes(s) || n.problem.includes(s));
  const unknown = about('T9999');
  assert.equal(unknown.length, 1, 'one note per unknown id');
  assert.match(unknown[0]!.problem, /rules\/windows\/hostile\.yml/);
  assert.match(unknown[0]!.problem, /rules-emerging-threats\/2024\/et\.yml/);
  assert.match(unknown[0]!.problem, /not a technique in ATT&CK 18\.1/);
  assert.match(about('T1066')[0]!.correction, /T1027\.005/);
  assert.match(about('broken.yml')[0]!.problem, /not valid YAML/);
  assert.match(about('zz-dup.yml')[0]!.problem, /repeats the id 11111111-/);
  assert.match(about('badlevel.yml')[0]!.problem, /level "severe"/);
  assert.equal(about('untagged').length, 0, 'untagged rules are simply not shown');
});

test('sigma: hostile YAML survives the round trip through content/ byte for byte', async () => {
  const { records } = await run();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-sigma-'));
  try {
    await write(dir, filesFor(records));
    const { parsed, problems } = validateRecords(readRecords(dir));
    assert.deepEqual(problems, []);
    const back = parsed['sigma-rule'];
    assert.equal(back.length, 3);
    const hostile = back.find((r) => r.id === '11111111-1111-4111-8111-111111111111')!;
    assert.equal(unfenced(hostile.body), HOSTILE_RULE.trimEnd(), 'the YAML (with a ``` fence inside) comes back unchanged');
    for (const s of [HOSTILE.script, HOSTILE.template, HOSTILE.jsx]) assert.ok((hostile.description as string).includes(s));
    const long = back.find((r) => String(r.id).startsWith('2222'))!;
    assert.equal(long.description, HOSTILE.long);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('sigma: GitHub’s tag archive (top folder, plain tar) gives the same rules and paths', async () => {
  const pinned = await run();
  const archive = await makeArchive(Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`sigma-r-test/${k}`, v])), { gzip: false });
  const files = await readTarArchive(archive, HUNTING_ACCEPT.sigma);
  const github = importSigma(files, FIXTURE_ATTACK, () => {}, OPTS);
  assert.deepEqual(github.records, pinned.records);
});
