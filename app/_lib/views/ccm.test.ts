import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CcmControl, MappingRow } from '../content/schema';
import { controlStatuses, rankControlsForTechniques } from './ccm';

function control(id: string, order: number, techniques: string[], extra: Partial<CcmControl> = {}): CcmControl {
  return {
    kind: 'ccm-control',
    id,
    domain: id.split('-')[0]!,
    title: `Control ${id}`,
    order,
    inMapping: true,
    nonMappable: false,
    specification: 'aligned',
    mappings: techniques.map((technique) => ({ technique, techniqueName: technique, rationale: `why ${id} ${technique}`, attackVersion: '17.1' })),
    body: '',
    file: `content/ccm-controls/${id}.mdx`,
    ...extra,
  };
}

function index(controls: CcmControl[]) {
  const map = new Map<string, { control: CcmControl; row: MappingRow }[]>();
  for (const c of controls) for (const row of c.mappings) map.set(row.technique, [...(map.get(row.technique) ?? []), { control: c, row }]);
  return map;
}

test('controls are ranked by how many of the techniques they mitigate, most first', () => {
  const a = control('AAA-01', 0, ['T1001', 'T1002']);
  const b = control('BBB-01', 1, ['T1001', 'T1002', 'T1003']);
  const c = control('CCC-01', 2, ['T1003', 'T1999']);
  const ranked = rankControlsForTechniques(['T1001', 'T1002', 'T1003'], index([a, b, c]));
  assert.deepEqual(
    ranked.map((m) => [m.control.id, m.techniques]),
    [
      ['BBB-01', ['T1001', 'T1002', 'T1003']],
      ['AAA-01', ['T1001', 'T1002']],
      ['CCC-01', ['T1003']],
    ],
  );
});

test('ties keep CCM order, and controls matching nothing are left out', () => {
  const late = control('ZZZ-09', 9, ['T1001']);
  const early = control('AAA-02', 1, ['T1001']);
  const unrelated = control('MMM-01', 0, ['T1500']);
  const ranked = rankControlsForTechniques(['T1001'], index([late, early, unrelated]));
  assert.deepEqual(
    ranked.map((m) => m.control.id),
    ['AAA-02', 'ZZZ-09'],
  );
});

test('a technique given twice, or mapped twice to one control, counts once', () => {
  const a = control('AAA-01', 0, ['T1001', 'T1001']);
  const ranked = rankControlsForTechniques(['T1001', 'T1001'], index([a]));
  assert.equal(ranked.length, 1);
  assert.deepEqual(ranked[0]!.techniques, ['T1001']);
});

test('sub-techniques match only exactly unless viaParent is asked for', () => {
  const parentOnly = control('AAA-01', 0, ['T1059']);
  const exact = control('BBB-01', 1, ['T1059.001']);
  const ids = ['T1059.001', 'T1059.003'];
  const plain = rankControlsForTechniques(ids, index([parentOnly, exact]));
  assert.deepEqual(
    plain.map((m) => m.control.id),
    ['BBB-01'],
  );

  const withParent = rankControlsForTechniques(ids, index([parentOnly, exact]), { viaParent: true });
  const byControl = new Map(withParent.map((m) => [m.control.id, m]));
  assert.deepEqual(byControl.get('AAA-01')?.viaParent, ['T1059.001', 'T1059.003']);
  assert.deepEqual(byControl.get('AAA-01')?.techniques, []);
  assert.deepEqual(byControl.get('BBB-01')?.techniques, ['T1059.001']);
  assert.deepEqual(byControl.get('BBB-01')?.viaParent, [], 'not also via parent: BBB-01 does not map T1059');
});

test('exact matches outrank matches via a parent technique', () => {
  const parentOnly = control('AAA-01', 0, ['T1059']);
  const oneExact = control('BBB-01', 1, ['T1059.001']);
  const ranked = rankControlsForTechniques(['T1059.001', 'T1059.003', 'T1059.004'], index([parentOnly, oneExact]), { viaParent: true });
  assert.deepEqual(
    ranked.map((m) => m.control.id),
    ['BBB-01', 'AAA-01'],
  );
});

test('a control that maps the sub-technique itself does not count it again via the parent', () => {
  const both = control('AAA-01', 0, ['T1059', 'T1059.001']);
  const [m] = rankControlsForTechniques(['T1059.001'], index([both]), { viaParent: true });
  assert.deepEqual(m?.techniques, ['T1059.001']);
  assert.deepEqual(m?.viaParent, []);
});

test('mapping statuses: mitigates, non_mappable, both, or not in the mapping', () => {
  assert.deepEqual(controlStatuses(control('AAA-01', 0, ['T1001'])), ['mitigates']);
  assert.deepEqual(controlStatuses(control('AAA-02', 0, [], { nonMappable: true })), ['non_mappable']);
  assert.deepEqual(controlStatuses(control('AAA-03', 0, ['T1001'], { nonMappable: true })), ['mitigates', 'non_mappable']);
  assert.deepEqual(controlStatuses(control('AAA-04', 0, [], { inMapping: false })), ['not_in_mapping']);
});
