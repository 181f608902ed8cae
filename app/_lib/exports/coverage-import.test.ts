import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getContent } from '../content/loader';
import { buildModel, EMPTY_STATE, statusesOf, withStatuses, type ControlStatus } from './coverage';
import { coverageData, serializeCoverageData } from './coverage-data';
import { controlIndex, parseCoverageImport, readControlId, readStatus, templateCsv } from './coverage-import';

const g = getContent();
const model = buildModel(JSON.parse(serializeCoverageData(coverageData(g))));
const index = controlIndex(model.controlOrder);

test('every spelling of a CCM id, CAIQ question ids, and v4.0 IVS ids only where certain', () => {
  for (const s of ['I&S-06', 'IS-06', 'i&s-06', 'IS06', 'is 6', 'I & S-06', 'I&amp;S-06', 'IVS-06', 'ivs06', 'I&S-06.2', '"I&S-06"', 'I&S-06 Network Security'])
    assert.equal(readControlId(s, index), 'I&S-06', s);
  assert.equal(readControlId('AA-01', index), 'A&A-01');
  assert.equal(readControlId('a&a-1', index), 'A&A-01');
  assert.equal(readControlId('IAM-14', index), 'IAM-14');
  assert.equal(readControlId('iam14', index), 'IAM-14');
  // Every v4.1 id reads as itself.
  for (const id of model.controlOrder) assert.equal(readControlId(id, index), id);
  // IVS had nine controls; there is no certain v4.1 id for a tenth, nor for unknown domains or numbers.
  assert.equal(readControlId('IVS-10', index), null);
  for (const s of ['T1133', 'XYZ-01', 'IAM-99', 'IAM-140', 'Yes', '', 'Q3', 'M1032']) assert.equal(readControlId(s, index), null, s);
});

test('statuses from common answers', () => {
  const cases: [string, ReturnType<typeof readStatus>][] = [
    ['Yes', 'implemented'],
    ['yes - via SSO', 'implemented'],
    ['Implemented', 'implemented'],
    ['Fully implemented', 'implemented'],
    ['Compliant', 'implemented'],
    ['No', 'none'],
    ['Not implemented', 'none'],
    ['Non-compliant', 'none'],
    ['Partial', 'partial'],
    ['Partially implemented', 'partial'],
    ['Partial (admins only)', 'partial'],
    ['In progress', 'partial'],
    ['Planned', 'planned'],
    ['Planned Q3 2027', 'planned'],
    ['N/A', 'na'],
    ['NA', 'na'],
    ['Not applicable', 'na'],
    ['n/a – inherited from the CSP', 'na'],
    ['maybe', null],
    ['Network Security', null],
  ];
  for (const [text, want] of cases) assert.equal(readStatus(text), want, text);
});

test('semicolons, a BOM, a header, a status column found by content, unrecognised rows reported with their row number', async () => {
  const text = [
    '\uFEFFRef;Requirement;Our answer;Owner',
    'I&S-06;Network Security;Yes;IT',
    'IVS-03;v4.0 id;Partial;IT',
    'iam14;Strong Authentication;Planned Q3;IAM team',
    'A&A-01;Audit policy;N/A;GRC',
    'DSP-07;Data protection by design;No;Data',
    'Totals;;;',
    'XYZ-99;Made up;Yes;IT',
    '',
  ].join('\r\n');
  const r = await parseCoverageImport(text, index);
  assert.equal(r.delimiter, ';');
  assert.equal(r.idColumn, 0);
  assert.equal(r.statusColumn, 2);
  assert.deepEqual(r.header, ['Ref', 'Requirement', 'Our answer', 'Owner']);
  assert.deepEqual(
    [...r.statuses].sort(),
    [
      ['A&A-01', 'na'],
      ['I&S-03', 'partial'],
      ['I&S-06', 'implemented'],
      ['IAM-14', 'planned'],
    ].sort(),
  );
  assert.deepEqual(r.notImplemented, ['DSP-07']);
  assert.deepEqual(
    r.unread.map((u) => [u.row, u.text]),
    [
      [7, 'Totals'],
      [8, 'XYZ-99; Made up; Yes; IT'],
    ],
  );
});

test('tabs without a header, plain id lists, CAIQ-style repeated controls, unreadable answers', async () => {
  const tsv = await parseCoverageImport('IAM-14\tYes\nIS06\tpartially implemented\n', index);
  assert.equal(tsv.delimiter, '\t');
  assert.equal(tsv.header, null);
  assert.deepEqual([...tsv.statuses], [['IAM-14', 'implemented'], ['I&S-06', 'partial']]);

  // One id a line: all implemented.
  const list = await parseCoverageImport('IAM-14\nCEK-03\n\nLOG-01\n', index);
  assert.deepEqual([...list.statuses.values()], ['implemented', 'implemented', 'implemented']);
  assert.deepEqual(list.unread, []);

  // CAIQ: several questions per control, answers mixed → partial; the id column need not be first.
  const caiq = await parseCoverageImport(
    'Question,Question ID,CSP CAIQ Answer\n"Is MFA used?",IAM-14.1,Yes\n"For admins?",IAM-14.2,No\nLogs?,LOG-01.1,Yes\nLogs kept?,LOG-01.2,Yes\nKeys?,CEK-01.1,maybe\n',
    index,
  );
  assert.equal(caiq.idColumn, 1);
  assert.equal(caiq.statusColumn, 2);
  assert.equal(caiq.statuses.get('IAM-14'), 'partial');
  assert.equal(caiq.statuses.get('LOG-01'), 'implemented');
  assert.deepEqual(caiq.unread.map((u) => u.row), [6]);
  assert.match(caiq.unread[0]!.reason, /maybe/);
});

test('the template lists every control and reads back to the same statuses', async () => {
  const statuses = new Map<string, ControlStatus>([
    ['IAM-14', 'implemented'],
    ['I&S-06', 'partial'],
    ['A&A-01', 'planned'],
    ['HRS-01', 'na'],
  ]);
  const csv = templateCsv(model, statuses);
  assert.ok(csv.startsWith('\uFEFFcontrol_id,domain,title,status\r\n'));
  assert.equal(csv.trim().split('\r\n').length, model.controls.size + 1);
  const back = await parseCoverageImport(csv, index);
  assert.deepEqual(back.unread, []);
  assert.deepEqual(new Map([...back.statuses].sort()), new Map([...statuses].sort()));
  assert.equal(back.notImplemented.length, model.controls.size - statuses.size);
  // And through the state, as the page applies it.
  assert.equal(statusesOf(withStatuses(EMPTY_STATE, back.statuses)).get('I&S-06'), 'partial');
});
