/**
 * View builders against the real content: each expectation is recomputed here from the raw
 * records, independently of the builder's own code path.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getContent } from '../content/loader';
import { ccmControlHref } from '../urls';
import { buildCampaign } from './campaign';
import { buildCcmControl, buildCcmDomain, buildCcmIndex, ccmSlugs, resolveCcmSlug } from './ccm';
import { buildDataComponent } from './detection';
import { buildGroup, groupParams } from './group';
import { buildDataNotes } from './notes';
import { buildSoftware } from './software';

const g = getContent();

test('group → CCM controls: counts, order and coverage match the mapping', () => {
  const id = 'G0096';
  const used = new Set(g.groups.get(id)!.techniques.map((t) => t.id));
  const view = buildGroup(g, id);
  const expected = new Map<string, number>();
  for (const c of g.ccmControls.values()) {
    const n = new Set(c.mappings.map((r) => r.technique).filter((t) => used.has(t))).size;
    if (n) expected.set(c.id, n);
  }
  const exactRanked = view.ccm.ranked.filter((c) => c.count > 0);
  assert.equal(exactRanked.length, expected.size);
  for (const c of exactRanked) assert.equal(c.count, expected.get(c.id), c.id);
  for (let i = 1; i < view.ccm.ranked.length; i++) {
    const [a, b] = [view.ccm.ranked[i - 1]!, view.ccm.ranked[i]!];
    assert.ok(a.count > b.count || (a.count === b.count && a.viaParent.length >= b.viaParent.length), `${a.id} before ${b.id}`);
  }
  const covered = [...used].filter((t) => (g.ccmByTechnique.get(t) ?? []).length > 0).length;
  assert.equal(view.ccm.covered, covered);
  assert.equal(view.ccm.total, used.size);
  assert.ok(view.ccm.covered + view.ccm.coveredViaParent + view.ccm.uncovered.length === used.size);
});

test('via-parent matches are sub-techniques whose parent the control maps', () => {
  const view = buildGroup(g, 'G0096');
  for (const c of view.ccm.ranked) {
    const mapped = new Set(g.ccmControls.get(c.id)!.mappings.map((r) => r.technique));
    for (const t of c.viaParent) {
      assert.ok(t.isSubtechnique && !mapped.has(t.id) && mapped.has(t.id.split('.')[0]!), `${c.id} ${t.id}`);
    }
  }
});

test('group page: one procedure row per technique, unique anchors, citations numbered in order', () => {
  const grp = g.groups.get('G0096')!;
  const view = buildGroup(g, 'G0096');
  assert.equal(view.techniques.length, new Set(grp.techniques.map((t) => t.id)).size);
  assert.equal(new Set(view.techniques.map((r) => r.anchor)).size, view.techniques.length);
  assert.deepEqual(
    view.references.map((r) => r.n),
    view.references.map((_, i) => i + 1),
  );
  const sub = view.techniques.find((r) => r.technique.isSubtechnique)!;
  const parent = g.techniques.get(sub.technique.id.split('.')[0]!)!;
  assert.ok(sub.technique.label.startsWith(`${parent.name}: `), sub.technique.label);
  const campaigns = (g.campaignsByGroup.get('G0096') ?? []).map((c) => c.campaign.id).sort();
  assert.deepEqual(view.campaigns.map((c) => c.id).sort(), campaigns);
});

test('revoked groups get no page, deprecated ones do', () => {
  const ids = new Set(groupParams(g).map((p) => p.id));
  for (const grp of g.groups.values()) assert.equal(ids.has(grp.id), grp.status !== 'revoked', grp.id);
  assert.ok([...g.groups.values()].some((r) => r.status === 'deprecated'));
  assert.ok([...g.groups.values()].some((r) => r.status === 'revoked'));
});

test('control page: every mapped technique once, under its first tactic in matrix order', () => {
  const id = 'IAM-14';
  const c = g.ccmControls.get(id)!;
  const view = buildCcmControl(g, id);
  const rows = view.groups.flatMap((grp) => grp.rows.map((r) => ({ tactic: grp.tactic?.id, r })));
  assert.deepEqual(rows.map((x) => x.r.technique.id).sort(), [...new Set(c.mappings.map((m) => m.technique))].sort());
  const order = g.tacticOrder.map((t) => t.id);
  const groupOrder = view.groups.map((grp) => order.indexOf(grp.tactic!.id));
  assert.deepEqual(groupOrder, [...groupOrder].sort((a, b) => a - b));
  for (const { tactic, r } of rows) {
    const tactics = g.techniques.get(r.technique.id)!.tactics;
    const first = [...tactics].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    assert.equal(tactic, first, r.technique.id);
    // Its rationale: on the row, or (given word for word to several techniques) once, shared.
    const want = c.mappings.find((m) => m.technique === r.technique.id)!.rationale;
    const shown = r.shared ? view.sharedRationales.find((s) => s.n === r.shared!.n)! : undefined;
    assert.equal(shown ? shown.text : r.rationale, want);
    if (shown) assert.ok(shown.techniques.some((t) => t.id === r.technique.id));
  }
  // IAM-14 gives its one paragraph to every technique: one shared rationale, no row text.
  assert.equal(view.sharedRationales.length, 1);
  assert.equal(view.sharedRationales[0]!.techniques.length, rows.length);
});

test('a rationale is shared only when two or more techniques have the same text, whitespace aside', () => {
  for (const c of g.ccmControls.values()) {
    const view = buildCcmControl(g, c.id);
    for (const s of view.sharedRationales) {
      assert.ok(s.techniques.length >= 2, `${c.id} rationale ${s.n}`);
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      for (const t of s.techniques) assert.equal(norm(c.mappings.find((m) => m.technique === t.id)!.rationale), norm(s.text), `${c.id} ${t.id}`);
    }
    const own = view.groups.flatMap((grp) => grp.rows).filter((r) => !r.shared).map((r) => r.rationale.replace(/\s+/g, ' ').trim());
    assert.equal(new Set(own).size, own.length, `${c.id}: a text left on two rows`);
  }
});

test('related controls exclude the control itself and are ranked by shared techniques', () => {
  const view = buildCcmControl(g, 'IAM-14');
  const mine = new Set(g.ccmControls.get('IAM-14')!.mappings.map((m) => m.technique));
  assert.ok(view.related.length > 0);
  assert.ok(!view.related.some((r) => r.id === 'IAM-14'));
  for (const r of view.related) {
    const theirs = new Set(g.ccmControls.get(r.id)!.mappings.map((m) => m.technique));
    assert.equal(r.shared, [...theirs].filter((t) => mine.has(t)).length, r.id);
  }
  for (let i = 1; i < view.related.length; i++) assert.ok(view.related[i - 1]!.shared >= view.related[i]!.shared);
});

test('CCM slugs: one per domain and control, & dropped, resolving back', () => {
  const slugs = ccmSlugs(g);
  assert.equal(slugs.length, g.ccmDomains.size + g.ccmControls.size);
  assert.equal(new Set(slugs).size, slugs.length);
  for (const s of slugs) assert.ok(!s.includes('&'));
  assert.deepEqual(resolveCcmSlug(g, 'IS-06'), { kind: 'control', id: 'I&S-06' });
  assert.deepEqual(resolveCcmSlug(g, 'IS'), { kind: 'domain', id: 'I&S' });
  assert.deepEqual(resolveCcmSlug(g, 'AA'), { kind: 'domain', id: 'A&A' });
  assert.equal(resolveCcmSlug(g, 'NOPE-01'), undefined);
});

test('CCM index: totals are the sum of the domains', () => {
  const v = buildCcmIndex(g);
  assert.equal(v.domains.length, g.ccmDomains.size);
  assert.equal(v.totals.controls, g.ccmControls.size);
  assert.equal(
    v.domains.reduce((n, d) => n + d.controls, 0),
    v.totals.controls,
  );
  const noRows = [...g.ccmControls.values()].filter((c) => !c.inMapping).map((c) => c.id);
  assert.deepEqual(v.notInMapping.map((c) => c.id).sort(), noRows.sort());
});

test('domain coverage by tactic counts live techniques the domain’s controls mitigate', () => {
  const v = buildCcmDomain(g, 'IAM');
  const mapped = new Set((g.controlsByDomain.get('IAM') ?? []).flatMap((c) => c.mappings.map((m) => m.technique)));
  for (const row of v.coverage) {
    const live = [...g.techniques.values()].filter((t) => t.status === 'live' && t.tactics.includes(row.id));
    assert.equal(row.total, live.length, row.id);
    assert.equal(row.mapped, live.filter((t) => mapped.has(t.id)).length, row.id);
  }
  assert.ok(v.controls.some((c) => c.id === 'IAM-14'));
});

test('data notes: every note once, grouped by source, DSP-02 linked to its control', () => {
  const v = buildDataNotes(g);
  const ids = v.sources.flatMap((s) => s.notes.map((n) => n.id));
  assert.deepEqual([...ids].sort(), g.meta.dataNotes.map((n) => n.id).sort());
  for (const s of v.sources) for (const n of s.notes) assert.equal(g.meta.dataNotes.find((x) => x.id === n.id)!.source, s.source);
  const dsp = v.sources.flatMap((s) => s.notes).find((n) => n.subject.some((p) => p.text === 'DSP-02'))!;
  assert.ok(dsp, 'a note about DSP-02');
  assert.ok(dsp.subject.some((p) => 'href' in p && p.href === ccmControlHref('DSP-02')));
  assert.equal(new Set(v.limitations.map((l) => l.id)).size, v.limitations.length);
});

test('campaign and software pages list their techniques and users', () => {
  const c = buildCampaign(g, 'C0002');
  assert.equal(c.techniques.length, g.campaigns.get('C0002')!.techniques.length);
  assert.ok(c.firstSeen && c.lastSeen);
  const s = buildSoftware(g, 'S0154');
  const users = g.usersOfSoftware.get('S0154') ?? [];
  assert.equal(s.groups.length + s.campaigns.length, users.filter((u) => u.source.status !== 'revoked').length);
});

test('data component: techniques are those of strategies whose analytics read it', () => {
  const id = 'DC0001';
  const expected = new Set<string>();
  for (const d of g.detectionStrategies.values()) {
    if (d.analytics.some((a) => a.logSources.some((l) => l.dataComponent === id))) d.techniques.forEach((t) => expected.add(t));
  }
  const v = buildDataComponent(g, id);
  assert.deepEqual(v.uses.map((u) => u.technique.id).sort(), [...expected].sort());
});
