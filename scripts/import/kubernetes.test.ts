import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTarArchive } from './archive';
import { HUNTING_ACCEPT } from './hunting';
import { FIXTURE_ATTACK, HOSTILE, makeArchive, noteCollector } from './hunting-fixtures';
import { importKubernetes, tableCells } from './kubernetes';

const FM = '---\nhide:\n  - toc\n  - footer\n---\n\n';
const FILES = {
  'tmfk/LICENSE.TXT': 'CC BY 4.0',
  'tmfk/docs/tactics/InitialAccess/index.md': `${FM}# Initial Access\n\nGetting in.\n\n|ID|Name|\n|--|----|\n|[MS-TA9005](../../techniques/Exposed%20sensitive%20interfaces.md)|Exposed sensitive interfaces|\n|[MS-TA9099](../../techniques/Other.md)|Other|\n`,
  'tmfk/docs/tactics/Discovery/index.md': `${FM}# Discovery\n\nLooking around.\n\n|ID|Name|\n|--|----|\n|[MS-TA9005](../../techniques/Exposed%20sensitive%20interfaces.md)|Exposed|\n|[MS-TA9099](../../techniques/Other.md)|Other|\n`,
  'tmfk/docs/techniques/Exposed sensitive interfaces.md': `${FM}# Exposed sensitive interfaces

!!! info inline end
    ID: MS-TA9005<br>
    Tactic: [Initial Access](../tactics/InitialAccess/index.md), [Discovery](../tactics/Discovery/index.md) <br>
    MITRE technique: [T1133](https://attack.mitre.org/techniques/T1133/)

Exposing ${HOSTILE.script} and ${HOSTILE.template} and ${HOSTILE.jsx}. See [other](Other.md) and [ATT&CK](https://attack.mitre.org/techniques/T1133/).

Second paragraph.

## Mitigations

|ID|Mitigation|Description|
|--|----------|-----------|
|[MS-M9008](../mitigations/MS-M9008%20Limit.md)|Limit access|Limit from the technique side with \`a|b\`|
|[MS-M9001](../mitigations/MS-M9001%20MFA.md)|MFA|Only the technique page says so|
`,
  'tmfk/docs/techniques/Other.md': `${FM}# Other\n\n!!! info inline end\n    ID: MS-TA9099<br>\n    Tactic: [Discovery](../tactics/Discovery/index.md) <br>\n    MITRE technique: [T9999](https://attack.mitre.org/techniques/T9999/), [T1078.004](https://attack.mitre.org/techniques/T1078/004/)\n\nOther text.\n\n## Mitigations\n\n|ID|Mitigation|Description|\n|--|--|--|\n|[MS-M9001](../mitigations/MS-M9001%20MFA.md)|MFA|Use MFA|\n`,
  'tmfk/docs/techniques/NoAttack.md': `${FM}# No ATT&CK\n\n!!! info inline end\n    ID: MS-TA9098<br>\n    Tactic: [Initial Access](../tactics/InitialAccess/index.md) <br>\n    MITRE technique: \n\nNothing maps.\n`,
  'tmfk/docs/mitigations/index.md': `${FM}# Mitigations\n\n|ID|Name|\n|--|--|\n|[MS-M9001](./MS-M9001%20MFA.md)|MFA|\n`,
  'tmfk/docs/mitigations/MS-M9008 Limit.md': `${FM}# Limit access\n\n!!! info inline end\n    ID: MS-M9008<br>\n    MITRE mitigation: [M1035](https://attack.mitre.org/mitigations/M1035/)\n\nLimit it.\n\n## Techniques Addressed by Mitigation\n\n|ID|Name|Use|\n|--|--|--|\n|[MS-TA9005](../techniques/Exposed%20sensitive%20interfaces.md)|Exposed|Limit access|\n`,
  'tmfk/docs/mitigations/MS-M9001 MFA.md': `${FM}# Multi-factor authentication\n\n!!! info inline end\n    ID: MS-M9001<br>\n    MITRE mitigation: [M1032](https://attack.mitre.org/mitigations/M1032/), [M9999](https://attack.mitre.org/mitigations/M9999/)\n\nUse MFA.\n\n## Techniques Addressed by Mitigation\n\n|ID|Name|Use|\n|--|--|--|\n|[MS-TA9099](../techniques/Other.md)|Other|Use MFA|\n`,
  'tmfk/docs/mitigations/MS-M9005/index.md': `${FM}# Image assurance\n\n!!! info inline end\n    ID: MS-M9005<br>\n    MITRE mitigation: -\n\nAssure images.\n\n!!! abstract "Sub-mitigations"\n\n    |ID|Name|\n    |--|--|\n    |[MS-M9005.001](./MS-M9005.001%20Gate.md)|Gate|\n\n## Techniques Addressed by Mitigation\n\n|ID|Name|Use|\n|--|--|--|\n`,
  'tmfk/docs/mitigations/MS-M9005/MS-M9005.001 Gate.md': `${FM}# Gate images\n\n!!! info inline end\n    ID: MS-M9005.001<br>\n    Sub-mitigation of: [MS-M9005](./index.md)\n    MITRE mitigation: -\n\nGate them.\n`,
};
const OPTS = { repo: 'microsoft/Threat-Matrix-for-Kubernetes', ref: 'b885d18', source: 'TMFK b885d18', attackVersion: '18.1' };

async function run() {
  const files = await readTarArchive(await makeArchive(FILES), HUNTING_ACCEPT.kubernetes);
  const { notes, note } = noteCollector();
  return { ...importKubernetes(files, FIXTURE_ATTACK, note, OPTS), notes };
}
const fm = (records: { id: string; frontmatter: Record<string, unknown> }[], id: string) => records.find((r) => r.id === id)!.frontmatter;

test('kubernetes: table cells keep | inside code spans', () => {
  assert.deepEqual(tableCells('|[MS-M9008](x.md)|Limit|Use `a|b` here|'), ['[MS-M9008](x.md)', 'Limit', 'Use `a|b` here']);
  assert.deepEqual(tableCells('|a \\| b|c|'), ['a | b', 'c']);
});

test('kubernetes: tactics, techniques and mitigations with their ids, names and links', async () => {
  const { records, stats } = await run();
  assert.deepEqual(stats, { tactics: 2, techniques: 3, withAttack: 2, mitigations: 3, subMitigations: 1 });
  const tactics = records.filter((r) => r.kind === 'kubernetes-tactic').map((r) => [r.id, r.frontmatter.order, r.frontmatter.attackTactic]);
  assert.deepEqual(tactics, [
    ['initial-access', 0, 'TA0001'],
    ['discovery', 1, 'TA0007'],
  ], 'columns in ATT&CK tactic order');

  const t = fm(records, 'MS-TA9005');
  assert.equal(t.name, 'Exposed sensitive interfaces');
  assert.deepEqual(t.tactics, ['initial-access', 'discovery']);
  assert.deepEqual(t.attackTechniques, ['T1133']);
  assert.equal(t.url, 'https://github.com/microsoft/Threat-Matrix-for-Kubernetes/blob/b885d18/docs/techniques/Exposed%20sensitive%20interfaces.md');
  assert.deepEqual(fm(records, 'MS-TA9099').attackTechniques, ['T1078.004'], 'unknown T9999 dropped');
  assert.deepEqual(fm(records, 'MS-TA9098').attackTechniques, []);

  const body = records.find((r) => r.id === 'MS-TA9005')!.body;
  for (const s of [HOSTILE.script, HOSTILE.template, HOSTILE.jsx]) assert.ok(body.includes(s), 'upstream text kept as written');
  assert.ok(body.includes('[other](attack:MS-TA9099)'), 'link to a sibling page points at our page');
  assert.ok(body.includes('[ATT&CK](attack:T1133)'), 'ATT&CK link points at our technique page');
  assert.ok(!body.includes('Mitigations'), 'the table section is not part of the description');

  assert.deepEqual(fm(records, 'MS-M9001').attackMitigations, ['M1032'], 'unknown M9999 dropped');
  assert.deepEqual(fm(records, 'MS-M9005.001').parent, 'MS-M9005');
  assert.equal(fm(records, 'MS-M9005').parent, undefined);
  assert.equal(records.find((r) => r.id === 'MS-M9005')!.body, 'Assure images.', 'sub-mitigation box is not description');
});

test('kubernetes: each technique–mitigation pair is stored once, on the mitigation, with both pages’ words', async () => {
  const { records } = await run();
  assert.deepEqual(fm(records, 'MS-M9008').techniques, [{ id: 'MS-TA9005', description: 'Limit access', techniqueDescription: 'Limit from the technique side with `a|b`' }]);
  assert.deepEqual(fm(records, 'MS-M9001').techniques, [
    { id: 'MS-TA9005', description: 'Only the technique page says so' },
    { id: 'MS-TA9099', description: 'Use MFA' },
  ]);
  assert.equal(records.filter((r) => r.kind === 'kubernetes-technique').some((r) => 'mitigations' in r.frontmatter), false);
});

test('kubernetes: inconsistencies in the matrix are data notes', async () => {
  const { notes } = await run();
  const text = notes.map((n) => `${n.subject} | ${n.problem} | ${n.correction}`);
  assert.ok(text.some((n) => /^T9999 \|.*MS-TA9099.*not a technique in ATT&CK 18\.1/.test(n)), text.join('\n'));
  assert.ok(text.some((n) => /^MS-M9001 \|.*M9999/.test(n)));
  assert.ok(text.some((n) => /^MS-TA9005 \/ MS-M9001 \|.*does not list MS-TA9005/.test(n)));
  assert.ok(text.some((n) => /^Initial Access \|.*lists MS-TA9099.*another tactic.*omits MS-TA9098/.test(n)));
});

test('kubernetes: a tactic page whose title gives no valid id is skipped with a note, never named after (issue 14)', async () => {
  const hostile = { ...FILES, 'tmfk/docs/tactics/Hostile/index.md': `${FM}# ../../../../tmp/PWNED 2\n\nHostile.\n` };
  const files = await readTarArchive(await makeArchive(hostile), HUNTING_ACCEPT.kubernetes);
  const { notes, note } = noteCollector();
  const { records } = importKubernetes(files, FIXTURE_ATTACK, note, OPTS);
  assert.deepEqual(records.filter((r) => r.kind === 'kubernetes-tactic').map((r) => r.id), ['initial-access', 'discovery']);
  assert.ok(notes.some((n) => n.subject === 'docs/tactics/Hostile/index.md' && /gives no valid tactic id \(found "tmp-pwned-2"\)/.test(n.problem) && n.correction === 'page skipped'));
});
