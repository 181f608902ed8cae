/**
 * The history import (issue 17) on the vendored history file: the per-release changes it keeps,
 * the corrections it makes (each a data note), and one-line errors naming the file and field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Note } from './ccm';
import { importHistory } from './history';
import { InputError } from './input';
import { loadSource } from './sources';

const src = await loadSource('history');
const notes: Note[] = [];
const imported = importHistory(src.text, src.where, (n) => notes.push(n));
const lineage = (id: string, concept: string) => {
  const r = imported.records.find((x) => x.id === id);
  const l = (r?.frontmatter.lineages as { concept: string; events: { release: string; changes: Record<string, unknown>[] }[] }[] | undefined)?.find((x) => x.concept === concept);
  assert.ok(l, `a ${concept} history for ${id}`);
  return l as { concept: string; first: string; status: string; last: string; revokedBy?: string; events: { release: string; changes: Record<string, unknown>[] }[] } & Record<string, unknown>;
};
const eventAt = (id: string, concept: string, release: string) => {
  const e = lineage(id, concept).events.find((x) => x.release === release);
  assert.ok(e, `${id} changed in v${release}`);
  return e.changes;
};

describe('importHistory on the vendored file', () => {
  it('writes one file per id with a page-like object, and none for analytics, detection strategies or data components', () => {
    assert.equal(imported.records.length, 1958);
    assert.ok(imported.records.every((r) => r.kind === 'history' && r.file === r.id));
    assert.ok(!imported.records.some((r) => /^(AN|DET|DC)\d/.test(r.id)));
    assert.equal(imported.releases.length, 38);
  });

  it('keeps what changed for T1133 in v9.0: description, Containers added to platforms, procedure examples 15 → 22', () => {
    assert.deepEqual(eventAt('T1133', 'technique', '9.0'), [
      { field: 'description' },
      { field: 'platforms', added: ['Containers'] },
      { field: 'procedures', from: 15, to: 22 },
    ]);
  });

  it('keeps a T id’s per-technique mitigation (v1.0–v4.0) apart from the technique', () => {
    const t = lineage('T1133', 'technique');
    const m = lineage('T1133', 'technique-mitigation');
    assert.equal(m.name, 'External Remote Services Mitigation');
    assert.deepEqual(eventAt('T1133', 'technique-mitigation', '5.0'), [{ field: 'status', from: 'live', to: 'deprecated' }, { field: 'description' }]);
    assert.ok(!t.events.some((e) => e.changes.some((c) => c.field === 'status')), 'the technique itself was never deprecated');
  });

  it('merges the objects that carried one id: G0058 left in v9.0 and came back revoked by G0059 in v14.0', () => {
    const g = lineage('G0058', 'group');
    assert.equal(g.first, '1.0');
    assert.equal(g.status, 'revoked');
    assert.equal(g.revokedBy, 'G0059');
    assert.deepEqual(eventAt('G0058', 'group', '9.0'), [{ field: 'status', from: 'live', to: 'gone' }]);
    assert.deepEqual(eventAt('G0058', 'group', '14.0'), [{ field: 'status', from: 'gone', to: 'revoked', added: ['G0059'] }]);
    // Cobalt Strike: a tool object until v8.0, then a malware object.
    assert.deepEqual(eventAt('S0154', 'software', '8.1'), [{ field: 'type', from: 'tool', to: 'malware' }]);
  });

  it('marks an object absent from the latest release as gone, with the last release it was in', () => {
    const g = lineage('G0097', 'group');
    assert.equal(g.status, 'gone');
    assert.equal(g.last, '7.0');
  });

  it('corrects the v8.0 and v9.0 dates (their tags’ dates, after v8.1) and notes it', () => {
    const date = (v: string) => imported.releases.find((r) => r.version === v)?.date;
    assert.equal(date('8.0'), '2020-10-27');
    assert.equal(date('9.0'), '2021-04-29');
    assert.ok(notes.some((n) => n.subject === 'ATT&CK v8.0' && n.problem.startsWith('dated 16 June 2021') && n.correction.startsWith('dated 27 October 2020')));
    const dates = imported.releases.map((r) => r.date);
    assert.deepEqual(dates, [...dates].sort(), 'releases in date order');
  });

  it('reads a per-technique mitigation that carried another id in one release under its own id, with a note', () => {
    assert.ok(notes.some((n) => n.subject === 'T1033 System Owner/User Discovery Mitigation' && /carries the id T1482 in v4\.0/.test(n.problem)));
    assert.ok(notes.some((n) => n.subject === 'T1500 Compile After Delivery Mitigation' && /T1502 in v4\.0/.test(n.problem)));
    assert.equal(lineage('T1033', 'technique-mitigation').first, '1.0');
    // T1502 (Parent PID Spoofing) never had a per-technique mitigation of its own.
    assert.deepEqual([...imported.ids.get('T1502')!], ['technique']);
  });

  it('is deterministic', () => {
    const again = importHistory(src.text, src.where, () => {});
    assert.deepEqual(again.records, imported.records);
  });
});

describe('importHistory on bad input', () => {
  const base = { releases: [{ version: '1.0', tag: 'ATT&CK-v1.0', commit: 'x', date: '2018-01-17' }], objects: [] as unknown[] };
  const fails = (data: unknown, message: RegExp) =>
    assert.throws(
      () => importHistory(JSON.stringify(data), 'history.json', () => {}),
      (e: unknown) => e instanceof InputError && message.test(e.message),
    );
  it('names the file and the field', () => {
    fails({ ...base, objects: [{ stix_id: 'x', changes: [{ release: '2.0', status: 'gone' }] }] }, /^history\.json: objects\[0\]\.changes\[0\]\.release: "2\.0" is not in releases$/);
    fails({ ...base, objects: [{ stix_id: 'x', changes: [{ release: '1.0', status: 'live', attack_id: '../../etc', type: 'attack-pattern', name: 'x' }] }] }, /^history\.json: objects\[0\]\.changes\[0\]/);
    fails({ releases: [] }, /^history\.json: releases/);
    const late = { ...base, releases: [...base.releases, { version: '2.0', tag: 'ATT&CK-v2.0', commit: 'y', date: '2017-12-01' }] };
    fails(late, /^history\.json: releases\[1\]\.date: v2\.0 \(2017-12-01\) is dated before v1\.0 \(2018-01-17\)$/);
  });
});
