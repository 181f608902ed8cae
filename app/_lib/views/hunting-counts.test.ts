// Sigma rule and Atomic test counts on tactic pages and CCM domain pages, checked against
// huntingCounts() and the graph.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getContent } from '../content/loader';
import { buildCcmDomain } from './ccm';
import { huntingCounts } from './hunting';
import { liveSubtechniques } from './matrix';
import { buildTacticView } from './tactic';

const graph = getContent();
const hc = huntingCounts(graph);

test('tactic rows: Sigma rules as the technique page lists them, Atomic tests incl. sub-techniques', () => {
  const view = buildTacticView(graph, 'TA0002');
  const t1059 = view.techniques.find((r) => r.id === 'T1059')!;
  assert.ok(t1059.sigma > 0, 'T1059 has Sigma rules');
  assert.ok(t1059.atomic > 0, 'T1059 has Atomic tests');
  assert.equal(t1059.sigma, hc.get('T1059')!.sigma);
  const subs = liveSubtechniques(graph, 'T1059');
  assert.equal(t1059.atomic, [{ id: 'T1059' }, ...subs].reduce((n, s) => n + (hc.get(s.id)?.atomic ?? 0), 0));
  assert.ok(t1059.atomic > (hc.get('T1059')?.atomic ?? 0), 'sub-techniques\u2019 tests are included');
  for (const r of view.techniques) assert.equal(r.sigma, hc.get(r.id)?.sigma ?? 0, r.id);
});

test('tactic totals: distinct rules and tests, techniques with them', () => {
  const view = buildTacticView(graph, 'TA0002');
  const ids = view.techniques.flatMap((r) => [r.id, ...liveSubtechniques(graph, r.id).map((s) => s.id)]);
  const rules = new Set(ids.flatMap((id) => (graph.sigmaByTechnique.get(id) ?? []).map((v) => v.item.id)));
  assert.equal(view.hunting.sigmaRules, rules.size);
  assert.ok(view.hunting.sigmaRules <= view.techniques.reduce((n, r) => n + r.sigma, 0), 'a rule tagged with two techniques counts once');
  assert.equal(view.hunting.atomicTests, ids.reduce((n, id) => n + (hc.get(id)?.atomic ?? 0), 0));
  assert.equal(view.hunting.withSigma, view.techniques.filter((r) => r.sigma > 0).length);
  assert.equal(view.hunting.withAtomic, view.techniques.filter((r) => r.atomic > 0).length);
  assert.ok(view.hunting.withAtomic > 0 && view.hunting.withAtomic <= view.techniques.length);
});

test('CCM domain: per control and in total, mapped techniques with Sigma rules / Atomic tests', () => {
  const view = buildCcmDomain(graph, 'IAM');
  for (const row of view.controls) {
    const ids = new Set(graph.ccmControls.get(row.id)!.mappings.map((m) => m.technique));
    assert.equal(row.withSigma, [...ids].filter((id) => (hc.get(id)?.sigma ?? 0) > 0).length, row.id);
    assert.equal(row.withAtomic, [...ids].filter((id) => (hc.get(id)?.atomic ?? 0) > 0).length, row.id);
    assert.ok(row.withSigma <= row.techniqueCount && row.withAtomic <= row.techniqueCount);
  }
  const all = new Set(view.controls.flatMap((c) => graph.ccmControls.get(c.id)!.mappings.map((m) => m.technique)));
  assert.equal(view.hunting.withSigma, [...all].filter((id) => hc.get(id)?.sigma).length);
  assert.equal(view.hunting.withAtomic, [...all].filter((id) => hc.get(id)?.atomic).length);
  assert.ok(view.hunting.withSigma > 0 && view.hunting.withAtomic > 0, 'IAM controls mitigate techniques people hunt for');
});
