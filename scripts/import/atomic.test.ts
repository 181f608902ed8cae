import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readRecords, validateRecords } from '../../app/_lib/content/loader';
import { readTarArchive } from './archive';
import { importAtomic } from './atomic';
import { HUNTING_ACCEPT } from './hunting';
import { FIXTURE_ATTACK, HOSTILE, makeArchive, noteCollector } from './hunting-fixtures';
import { filesFor, write } from './write';

const block = (s: string, n = 6) => s.split('\n').map((l) => `${' '.repeat(n)}${l}`).join('\n');
const T1133 = `attack_technique: T1133
display_name: External Remote Services
atomic_tests:
- name: Hostile test ${HOSTILE.jsx}
  auto_generated_guid: 4C8DB261-A58B-42A6-A866-0A294DEEDDE4
  description: |
${block(`${HOSTILE.script}\n${HOSTILE.template}`, 4)}
  supported_platforms:
  - windows
  - linux
  input_arguments:
    url:
      description: where <from>
      type: Url
      default: https://example.com/?a={{b}}
    count:
      description: how many
      type: Integer
      default: 3
    empty:
      description: nothing
      type: String
      default:
  dependency_executor_name: powershell
  dependencies:
  - description: |
      Needs ${HOSTILE.script}
    prereq_command: 'exit 0'
    get_prereq_command: |
      echo "{{ x }}"
  executor:
    name: powershell
    elevation_required: true
    command: |
${block(`${HOSTILE.script}\nWrite-Host "#{url}" ${HOSTILE.template}\n${HOSTILE.long}`)}
    cleanup_command: |
      Remove-Item x
- name: Manual one
  auto_generated_guid: 11111111-2222-4333-8444-555555555555
  description: Do it by hand.
  supported_platforms:
  - iaas:aws
  executor:
    name: manual
    steps: |
      1. Open the console
      2. Click <b>Delete</b>
- name: No guid
  description: broken
  supported_platforms: [linux]
  executor:
    name: sh
    command: echo hi
`;
const FILES = {
  'atomic-red-team/LICENSE.txt': 'MIT',
  'atomic-red-team/atomics/T1133/T1133.yaml': T1133,
  'atomic-red-team/atomics/T1133/src/readme.txt': 'not a test file',
  'atomic-red-team/atomics/T9999/T9999.yaml': 'attack_technique: T9999\ndisplay_name: Nope\natomic_tests:\n- name: x\n  auto_generated_guid: 99999999-9999-4999-8999-999999999999\n  supported_platforms: [linux]\n  executor:\n    name: sh\n    command: echo\n',
  'atomic-red-team/atomics/T1066/T1066.yaml': 'attack_technique: T1066\ndisplay_name: Old\natomic_tests:\n- name: old test\n  auto_generated_guid: 66666666-6666-4666-8666-666666666666\n  supported_platforms: [windows]\n  executor:\n    name: command_prompt\n    command: del x\n',
};
const OPTS = { repo: 'redcanaryco/atomic-red-team', ref: 'abc1234', source: 'Atomic Red Team abc1234', attackVersion: '18.1' };

async function run() {
  const files = await readTarArchive(await makeArchive(FILES), HUNTING_ACCEPT.atomic);
  const { notes, note } = noteCollector();
  return { ...importAtomic(files, FIXTURE_ATTACK, note, OPTS), notes, files };
}

test('atomic: one record per technique file, tests in upstream order with every field', async () => {
  const { records, stats, files } = await run();
  assert.equal(files.size, 3, 'only atomics/<TID>/<TID>.yaml files are read');
  assert.deepEqual(stats, { techniques: 3, tests: 5, written: 2, writtenTests: 3 });
  assert.deepEqual(
    records.map((r) => r.id),
    ['T1027.005', 'T1133'],
    'revoked T1066 filed under its replacement, unknown T9999 dropped',
  );
  const t = records.find((r) => r.id === 'T1133')!.frontmatter as { displayName: string; url: string; tests: Record<string, unknown>[] };
  assert.equal(t.displayName, 'External Remote Services');
  assert.equal(t.url, 'https://github.com/redcanaryco/atomic-red-team/blob/abc1234/atomics/T1133/T1133.yaml');
  assert.equal(t.tests.length, 2, 'the test without a GUID is left out');
  const [first, manual] = t.tests as [Record<string, unknown>, Record<string, unknown>];
  assert.equal(first.guid, '4c8db261-a58b-42a6-a866-0a294deedde4', 'GUID lower-cased');
  assert.equal(first.number, 1);
  assert.equal(manual.number, 2);
  assert.deepEqual(first.platforms, ['windows', 'linux']);
  assert.deepEqual(first.inputArguments, [
    { name: 'url', description: 'where <from>', type: 'url', default: 'https://example.com/?a={{b}}' },
    { name: 'count', description: 'how many', type: 'integer', default: '3' },
    { name: 'empty', description: 'nothing', type: 'string', default: null },
  ]);
  assert.equal(first.dependencyExecutorName, 'powershell');
  assert.deepEqual(first.dependencies, [{ description: `Needs ${HOSTILE.script}`, prereqCommand: 'exit 0', getPrereqCommand: 'echo "{{ x }}"' }]);
  const ex = first.executor as Record<string, unknown>;
  assert.equal(ex.name, 'powershell');
  assert.equal(ex.elevationRequired, true);
  assert.equal(ex.cleanupCommand, 'Remove-Item x');
  assert.equal(ex.command, `${HOSTILE.script}\nWrite-Host "#{url}" ${HOSTILE.template}\n${HOSTILE.long}`);
  assert.deepEqual(manual.executor, { name: 'manual', elevationRequired: false, steps: '1. Open the console\n2. Click <b>Delete</b>' });
});

test('atomic: corrections are data notes', async () => {
  const { notes } = await run();
  const text = notes.map((n) => `${n.subject} | ${n.problem} | ${n.correction}`);
  assert.ok(text.some((n) => /^T9999 \|.*atomics\/T9999\/T9999\.yaml.*not a technique in ATT&CK 18\.1/.test(n)), text.join('\n'));
  assert.ok(text.some((n) => /^T1066 \|.*revoked.*T1027\.005/.test(n)));
  assert.ok(text.some((n) => /T1133\.yaml test 3 \| has no auto_generated_guid/.test(n)));
  assert.ok(text.some((n) => /^input_arguments \|.*Integer, String, Url/.test(n)));
});

test('atomic: hostile commands and descriptions round-trip through content/ unchanged', async () => {
  const { records } = await run();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-atomic-'));
  try {
    await write(dir, filesFor(records));
    const { parsed, problems } = validateRecords(readRecords(dir));
    assert.deepEqual(problems, []);
    const t = parsed['atomic-tests'].find((r) => r.id === 'T1133')!;
    const first = (t.tests as { executor: { command: string }; description: string; name: string }[])[0]!;
    assert.equal(first.executor.command, `${HOSTILE.script}\nWrite-Host "#{url}" ${HOSTILE.template}\n${HOSTILE.long}`);
    assert.equal(first.description, `${HOSTILE.script}\n${HOSTILE.template}`);
    assert.equal(first.name, `Hostile test ${HOSTILE.jsx}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
