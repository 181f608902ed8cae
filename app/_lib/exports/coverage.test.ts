import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { getContent } from '../content/loader';
import { coverageData, coverageSoftwareData, serializeCoverageData } from './coverage-data';
import {
  analyse,
  buildModel,
  controlStatus,
  coverageCsv,
  coverageJson,
  coverageLayer,
  EMPTY_STATE,
  parseState,
  serializeState,
  setControlStatus,
  withSoftwareTechniques,
  type ControlStatus,
  type CoverageState,
} from './coverage';
import { parseCsv } from './csv';
import { STATUS_COLORS } from './layer';
import { navigatorLayerSchema } from './layer-schema';

const g = getContent();
const data = coverageData(g);
// Through JSON, as the browser gets it.
const model = buildModel(JSON.parse(serializeCoverageData(data)));
const state = (over: Partial<CoverageState>): CoverageState => ({ ...EMPTY_STATE, ...over });

test('coverage data is compact and covers every live technique, control and threat', () => {
  const bytes = Buffer.byteLength(serializeCoverageData(data));
  const gz = gzipSync(serializeCoverageData(data)).length;
  assert.ok(gz < 40_000, `gzip ${gz} bytes (raw ${bytes})`);
  assert.equal(model.techniques.size, [...g.techniques.values()].filter((t) => t.status === 'live').length);
  assert.equal(model.controls.size, g.ccmControls.size);
  assert.equal(model.groups.size, [...g.groups.values()].filter((x) => x.status === 'live').length);
  assert.equal(model.campaigns.size, [...g.campaigns.values()].filter((x) => x.status === 'live').length);
  const pairs = [...model.controls.values()].reduce((n, c) => n + c.techniques.length, 0);
  assert.equal(pairs, 790);
  assert.deepEqual(model.techniques.get('T1133')?.tactics, g.techniques.get('T1133')!.tactics);
});

test('software: names in the coverage data, techniques in a second file merged on demand, in the URL and the threat view', () => {
  const live = [...g.software.values()].filter((x) => x.status === 'live');
  assert.equal(model.software.size, live.length);
  assert.equal(model.softwareLoaded, false);
  assert.deepEqual(model.software.get('S0002')?.techniques, []);
  const withSw = withSoftwareTechniques(model, JSON.parse(serializeCoverageData(coverageSoftwareData(g))));
  assert.equal(withSw.softwareLoaded, true);
  const mimikatz = g.software.get('S0002')!;
  const liveTechniques = new Set(mimikatz.techniques.map((r) => r.id).filter((id) => g.techniques.get(id)?.status === 'live'));
  assert.deepEqual(withSw.software.get('S0002')!.techniques, [...liveTechniques].sort());
  // Names are known before the techniques: the address keeps a software either way.
  const before = parseState('?software=s0002&scope=threats', model);
  assert.deepEqual(before.state.software, ['S0002']);
  assert.deepEqual(before.unknown, []);
  assert.equal(serializeState(before.state, model), 'software=S0002&scope=threats');
  const r = analyse(withSw, parseState('?software=S0002&scope=threats', withSw).state);
  assert.equal(r.inScope.length, liveTechniques.size);
  assert.ok(r.ranking.length > 0);
  assert.deepEqual(r.threatUsers.get([...liveTechniques][0]!), ['S0002']);
  // A software file from another build is refused rather than misread.
  assert.throws(() => withSoftwareTechniques(model, { format: 1, techniqueCount: 1, software: [] }), /different builds/);
});

test('implementing IAM-14 mitigates T1133; unmapped techniques are told apart from gaps', () => {
  const none = analyse(model, EMPTY_STATE);
  assert.equal(none.status('T1133'), 'gap');
  assert.equal(none.totals.mitigated, 0);
  const r = analyse(model, state({ controls: new Set(['IAM-14']) }));
  assert.equal(r.status('T1133'), 'mitigated');
  assert.deepEqual(r.implementedFor('T1133'), ['IAM-14']);
  const unmappedId = [...g.techniques.values()].find((t) => t.status === 'live' && !g.ccmByTechnique.has(t.id))!.id;
  assert.equal(r.status(unmappedId), 'unmapped');
  assert.ok(r.unmapped.some((t) => t.id === unmappedId));
  assert.ok(!r.gaps.some((t) => t.id === unmappedId));
  assert.equal(r.totals.mitigated, g.ccmControls.get('IAM-14')!.mappings.length);
  assert.equal(r.totals.mitigated + r.totals.gap + r.totals.unmapped, r.totals.total);
  assert.equal(r.totals.mitigated + r.totals.gap, g.ccmByTechnique.size);
  // Per tactic: a technique counts under each of its tactics.
  const initial = r.perTactic.find((c) => c.tactic.id === 'TA0001')!;
  assert.ok(initial.mitigated >= 1);
  assert.equal(initial.mitigated + initial.gap + initial.unmapped, initial.total);
});

test('everything implemented: every mapped technique is mitigated, none is a gap', () => {
  const r = analyse(model, state({ controls: new Set(model.controlOrder) }));
  assert.equal(r.totals.gap, 0);
  assert.equal(r.totals.mitigated, g.ccmByTechnique.size);
});

test('URL state: slugs for & ids, whole domains collapse, round trip, unknown ids reported', () => {
  const amp = [...model.controls.values()].find((c) => c.id.startsWith('I&S'))!;
  const iam = model.domains.find((d) => d.id === 'IAM')!;
  const s = state({ controls: new Set([amp.id, ...iam.controls]), groups: ['G0096'], campaigns: ['C0024'], sub: true, scope: 'threats' });
  const qs = serializeState(s, model);
  assert.ok(!qs.includes('&S'), 'no raw & inside a value');
  assert.ok(qs.includes(`controls=IAM,${amp.slug}`) || qs.includes(`controls=${amp.slug},IAM`), qs);
  const back = parseState(`?${qs}`, model);
  assert.deepEqual(back.unknown, []);
  assert.deepEqual([...back.state.controls].sort(), [...s.controls].sort());
  assert.deepEqual(back.state.groups, ['G0096']);
  assert.deepEqual(back.state.campaigns, ['C0024']);
  assert.equal(back.state.sub, true);
  assert.equal(back.state.scope, 'threats');
  assert.equal(serializeState(back.state, model), qs, 'canonical');
  // Hand-written URLs: raw ids (encoded &), lower case, unknown tokens.
  const loose = parseState('?controls=iam-14,I%26S-06,NOPE-99&groups=g0096,G9999', model);
  assert.ok(loose.state.controls.has('IAM-14'));
  assert.ok(loose.state.controls.has('I&S-06'));
  assert.deepEqual(loose.unknown.sort(), ['G9999', 'NOPE-99']);
  assert.equal(serializeState(EMPTY_STATE, model), '');
});

test('threat-informed view: controls ranked by techniques of the group they mitigate', () => {
  const r = analyse(model, state({ groups: ['G0096'], controls: new Set(['IAM-14']) }));
  const used = new Set(g.groups.get('G0096')!.techniques.map((x) => x.id).filter((id) => g.techniques.get(id)?.status === 'live'));
  assert.deepEqual(new Set(r.threatUsers.keys()), used);
  assert.ok(r.ranking.length > 0);
  for (let i = 1; i < r.ranking.length; i++) assert.ok(r.ranking[i - 1]!.techniques.length >= r.ranking[i]!.techniques.length);
  for (const row of r.ranking) {
    const expected = [...new Set(g.ccmControls.get(row.control.id)!.mappings.map((m) => m.technique))].filter((t) => used.has(t));
    assert.deepEqual(new Set(row.techniques), new Set(expected));
    assert.equal(row.implemented, row.control.id === 'IAM-14');
  }
  const scoped = analyse(model, state({ groups: ['G0096'], scope: 'threats' }));
  assert.equal(scoped.totals.total, used.size);
});

test('coverage exports: CSV rows per technique in scope, layer valid 4.5', () => {
  const s = state({ controls: new Set(['IAM-14']), groups: ['G0096'], scope: 'threats' });
  const r = analyse(model, s);
  const rows = parseCsv(coverageCsv(model, r));
  assert.equal(rows[0]![0], 'technique_id');
  assert.equal(rows.length - 1, r.totals.total);
  const statusCol = rows[0]!.indexOf('status');
  // APT41 uses T1133 (External Remote Services), which IAM-14 mitigates.
  assert.equal(rows.find((row) => row[0] === 'T1133')?.[statusCol], 'mitigated');
  const layer = coverageLayer(model, s, r, 'https://example.org/coverage/?controls=IAM-14');
  const parsed = navigatorLayerSchema.safeParse(layer);
  assert.ok(parsed.success, parsed.error?.message);
  assert.equal(layer.techniques.length, r.totals.total, 'threat scope lists every used technique');
  const all = analyse(model, state({ controls: new Set(['IAM-14']) }));
  const allLayer = coverageLayer(model, { ...EMPTY_STATE, controls: new Set(['IAM-14']) }, all, 'x');
  assert.equal(allLayer.techniques.length, all.totals.mitigated + all.totals.gap, 'all scope: mapped techniques only');
  assert.ok(navigatorLayerSchema.safeParse(allLayer).success);
  assert.deepEqual(allLayer.links, [], 'no link without an absolute URL');
});

test('control statuses: partial, planned and not applicable are kept apart in the URL, the counts and the exports', () => {
  // Old links (implemented only) restore exactly and stay canonical.
  for (const old of ['controls=IAM-14', 'controls=IAM,IS-06&groups=G0096&sub=1', 'controls=IAM-14&groups=G0096&scope=threats']) {
    assert.equal(serializeState(parseState(`?${old}`, model).state, model), old);
  }
  const p = parseState('?controls=IAM-14&partial=IAM-14,IS-06&planned=DSP&na=HRS-01,nope-1', model);
  assert.deepEqual(p.unknown, ['nope-1']);
  assert.ok(p.state.controls.has('IAM-14'), 'implemented wins over a later key');
  assert.ok(!p.state.partial.has('IAM-14'));
  assert.ok(p.state.partial.has('I&S-06'));
  const dsp = model.domains.find((d) => d.id === 'DSP')!;
  assert.equal(p.state.planned.size, dsp.controls.length);
  assert.equal(controlStatus(p.state, 'HRS-01'), 'na');
  const qs = serializeState(p.state, model);
  assert.equal(qs, 'controls=IAM-14&partial=IS-06&planned=DSP&na=HRS-01');
  assert.equal(serializeState(parseState(`?${qs}`, model).state, model), qs);

  // The best status of the controls mapped to a technique counts; N/A counts as not implemented.
  const only = (status: ControlStatus | null) => analyse(model, { ...EMPTY_STATE, ...setControlStatus(EMPTY_STATE, ['IAM-14'], status) });
  const mapped = g.ccmControls.get('IAM-14')!.mappings.length;
  assert.equal(only('implemented').status('T1133'), 'mitigated');
  const partial = only('partial');
  assert.equal(partial.status('T1133'), 'partial');
  assert.equal(partial.totals.partial, mapped);
  assert.equal(partial.totals.mitigated, 0);
  assert.ok(partial.gaps.some((t) => t.id === 'T1133'), 'partly mitigated is still open');
  assert.equal(only('planned').status('T1133'), 'planned');
  assert.equal(only('planned').totals.planned, mapped);
  assert.equal(only('na').status('T1133'), 'gap');
  const t = partial.totals;
  assert.equal(t.mitigated + t.partial + t.planned + t.gap + t.unmapped, t.total);
  const initial = partial.perTactic.find((c) => c.tactic.id === 'TA0001')!;
  assert.ok(initial.partial >= 1);

  // Exports carry them.
  const s = { ...EMPTY_STATE, ...setControlStatus(EMPTY_STATE, ['IAM-14'], 'partial') };
  const rows = parseCsv(coverageCsv(model, partial));
  const head = rows[0]!;
  const row = rows.find((r) => r[0] === 'T1133')!;
  assert.equal(row[head.indexOf('status')], 'partly_mitigated');
  assert.equal(row[head.indexOf('partial_controls')], 'IAM-14');
  assert.equal(row[head.indexOf('implemented_controls')], '');
  const layer = coverageLayer(model, s, partial, 'https://example.org/coverage/?partial=IAM-14');
  assert.ok(navigatorLayerSchema.safeParse(layer).success);
  assert.equal(layer.techniques.find((x) => x.techniqueID === 'T1133')?.color, STATUS_COLORS.partial);
  const json = JSON.parse(coverageJson(model, s, partial, 'https://example.org/coverage/?partial=IAM-14'));
  assert.deepEqual(json.selection.controls, [{ id: 'IAM-14', status: 'partial' }]);
  assert.equal(json.totals.partial, mapped);
  assert.equal(json.techniques.find((x: { id: string }) => x.id === 'T1133').status, 'partly_mitigated');
});

test('the plan: greedy over open techniques, never implemented or not-applicable controls, weighted by threats on request, in the exports', () => {
  const base = { ...EMPTY_STATE, ...setControlStatus(EMPTY_STATE, ['IAM-14'], 'implemented'), na: new Set(['CEK-03']) };
  const top = analyse(model, base).plan.steps[0]!.control;
  // Partially implemented, the top control is still the first step: completing it closes the most.
  const s = { ...base, partial: new Set([top]) };
  const r = analyse(model, s);
  assert.equal(r.plan.steps[0]!.control, top);
  const open = new Set(r.gaps.map((t) => t.id));
  assert.equal(r.plan.open, open.size);
  const chosen = r.plan.steps.map((x) => x.control);
  assert.ok(!chosen.includes('IAM-14') && !chosen.includes('CEK-03'));
  const closed = new Set<string>();
  for (const [i, step] of r.plan.steps.entries()) {
    // Nothing left could have closed more at this step.
    for (const c of model.controlOrder) {
      if (s.controls.has(c) || s.na.has(c) || chosen.slice(0, i).includes(c)) continue;
      const gain = new Set(model.controls.get(c)!.techniques.filter((t) => open.has(t) && !closed.has(t))).size;
      assert.ok(gain <= step.closes.length, `${c} would close ${gain} at step ${i + 1}, ${step.control} closes ${step.closes.length}`);
    }
    for (const t of step.closes) {
      assert.ok(open.has(t) && !closed.has(t));
      closed.add(t);
      assert.equal(r.planStepOf.get(t), i + 1);
    }
    assert.equal(step.cumulative, closed.size);
  }
  const rows = parseCsv(coverageCsv(model, r));
  const col = rows[0]!.indexOf('closed_by_plan_step');
  const first = r.plan.steps[0]!;
  assert.equal(rows.find((row) => row[0] === first.closes[0])?.[col], `1 ${first.control}`);
  const json = JSON.parse(coverageJson(model, s, r, 'x'));
  assert.deepEqual(json.plan.steps.slice(0, 3).map((x: { control: string }) => x.control), chosen.slice(0, 3));

  // Weighting by threats needs threats, and lives in the URL.
  assert.equal(parseState('?weight=threats', model).state.weight, false);
  const w = parseState('?controls=IAM-14&groups=G0096&weight=threats', model).state;
  assert.equal(w.weight, true);
  assert.equal(serializeState(w, model), 'controls=IAM-14&groups=G0096&weight=threats');
  const weighted = analyse(model, w);
  const used = weighted.threatUsers;
  const step1 = weighted.plan.steps[0]!;
  assert.equal(step1.gain, step1.closes.reduce((n, t) => n + 1 + (used.get(t)?.length ?? 0), 0));
});
