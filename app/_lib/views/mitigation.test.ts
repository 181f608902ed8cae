import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getContent } from '../content/loader';
import { buildMitigationIndex, buildMitigationView, rankControls } from './mitigation';

const graph = getContent();

describe('rankControls', () => {
  const m = graph.mitigations.get('M1032')!;
  const ids = m.techniques.map((t) => t.id);
  const ranked = rankControls(graph, ids);

  it('ranks by number of techniques covered, then CCM order', () => {
    for (let i = 1; i < ranked.length; i++) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      assert.ok(a.techniques.length > b.techniques.length || (a.techniques.length === b.techniques.length && a.control.order < b.control.order));
    }
  });
  it('lists, for each control, exactly the given techniques it is mapped to', () => {
    for (const { control, techniques } of ranked) {
      const expected = ids.filter((id) => control.mappings.some((row) => row.technique === id));
      assert.deepEqual(new Set(techniques), new Set(expected), control.id);
    }
    const everyMapped = new Set(ids.flatMap((id) => (graph.ccmByTechnique.get(id) ?? []).map((x) => x.control.id)));
    assert.equal(ranked.length, everyMapped.size);
  });
  it('counts a technique once even when listed twice', () => {
    const twice = rankControls(graph, ['T1133', 'T1133']);
    assert.ok(twice.every((r) => r.techniques.length === 1));
  });
});

describe('buildMitigationView', () => {
  it('lists the techniques with anchors, in id order', () => {
    const view = buildMitigationView(graph, 'M1032');
    const ids = view.techniques.map((t) => t.technique.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(view.techniques.every((t) => t.anchor === `technique-${t.technique.id.replace('.', '-')}`));
    assert.ok(ids.includes('T1133'));
  });
  it('indexes every live mitigation', () => {
    const live = [...graph.mitigations.values()].filter((m) => m.status === 'live').length;
    assert.equal(buildMitigationIndex(graph).length, live);
  });
});
