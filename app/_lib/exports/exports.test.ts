import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { getContent, loadContentFrom } from '../content/loader';
import { downloadCatalog, downloadLinksFor } from './catalog';
import { parseCsv } from './csv';
import { navigatorLayerSchema, type ValidLayer } from './layer-schema';
import { subjectDownloadHref, wholeMappingHref } from './paths';
import { serializeStix, mappingStixBundle, type StixObject } from './stix';
import { KB_STIX_NAMESPACE, uuidv5 } from './uuid';

const g = getContent();
const catalog = downloadCatalog(g);
const v = { ccm: g.meta.ccm.version, attack: g.meta.attack.version };
const file = (href: string) => {
  const f = catalog.get(href);
  assert.ok(f, `${href} is in the catalog`);
  return f.render();
};
const EXPECTED_COLUMNS = [
  'control_id',
  'control_title',
  'domain',
  'technique_id',
  'technique_name',
  'mapping_type',
  'rationale',
  'mapping_attack_version',
  'site_attack_version',
  'technique_status_now',
];
const layerOf = (href: string): ValidLayer => {
  const parsed = navigatorLayerSchema.safeParse(JSON.parse(file(href)));
  assert.ok(parsed.success, `${href} is a valid layer 4.5: ${parsed.error?.message}`);
  return parsed.data;
};
/** Distinct controls per technique, straight from content (independent of the exporters). */
const controlsPerTechnique = new Map<string, Set<string>>();
for (const c of g.ccmControls.values())
  for (const m of c.mappings) controlsPerTechnique.set(m.technique, (controlsPerTechnique.get(m.technique) ?? new Set()).add(c.id));

test('whole-mapping file names follow the published versions', () => {
  assert.equal(wholeMappingHref(v, 'csv'), '/downloads/ccm-v4.1_attack-18.1.csv');
  assert.equal(wholeMappingHref(v, 'layer'), '/downloads/ccm-v4.1_attack-18.1.layer.json');
  assert.equal(wholeMappingHref(v, 'stix'), '/downloads/ccm-v4.1_attack-18.1.stix.json');
  assert.equal(subjectDownloadHref('ccm-control', 'I&S-06', 'csv'), '/downloads/ccm/IS-06.csv');
  assert.equal(subjectDownloadHref('ccm-domain', 'A&A', 'layer'), '/downloads/ccm-domains/AA.layer.json');
  assert.equal(subjectDownloadHref('technique', 'T1078.004', 'json'), '/downloads/techniques/T1078.004.json');
});

test('every download href is under /downloads/, unique and free of characters that need escaping', () => {
  for (const href of catalog.keys()) {
    assert.match(href, /^\/downloads\/[A-Za-z0-9._/-]+$/);
    assert.ok(!href.includes('//'));
  }
  assert.ok(catalog.has('/downloads/coverage-data.json'));
  assert.ok(catalog.has('/downloads/ccm/IAM-14.layer.json'));
  assert.ok(catalog.has('/downloads/ccm-domains/IAM.csv'));
  assert.ok(catalog.has('/downloads/techniques/T1133.csv'));
  assert.ok(catalog.has('/downloads/groups/G0096.layer.json'));
});

test('whole-mapping CSV: header, 790 unique control–technique pairs, no empty ids', () => {
  const rows = parseCsv(file(wholeMappingHref(v, 'csv')));
  assert.deepEqual(rows[0], EXPECTED_COLUMNS);
  const body = rows.slice(1);
  assert.equal(body.length, 790);
  const pairs = new Set(body.map((r) => `${r[0]}|${r[3]}`));
  assert.equal(pairs.size, 790);
  for (const r of body) {
    assert.equal(r.length, EXPECTED_COLUMNS.length);
    assert.ok(g.ccmControls.has(r[0]!), `control ${r[0]} exists`);
    assert.ok(controlsPerTechnique.get(r[3]!)?.has(r[0]!), `${r[0]} maps ${r[3]} in content`);
    assert.equal(r[5], 'mitigates');
    assert.equal(r[8], g.meta.attack.version);
    assert.equal(r[7], g.meta.mapping.attackVersion);
    assert.equal(r[9], g.techniques.get(r[3]!)!.status);
    assert.equal(r[4], g.techniques.get(r[3]!)!.name, 'technique name is the current one');
  }
});

test('whole-mapping JSON: same rows as the CSV, versions and attribution', () => {
  const doc = JSON.parse(file(wholeMappingHref(v, 'json')));
  assert.equal(doc.rowCount, 790);
  assert.equal(doc.rows.length, 790);
  assert.deepEqual(doc.columns, EXPECTED_COLUMNS);
  assert.deepEqual(Object.keys(doc.rows[0]), EXPECTED_COLUMNS);
  for (const r of doc.rows) {
    assert.equal(typeof r.control_id, 'string');
    assert.equal(typeof r.technique_id, 'string');
  }
  assert.equal(doc.versions.attack, '18.1');
  assert.equal(doc.versions.ccm, '4.1');
  assert.equal(doc.versions.mappingUpdated, '2026-01-27');
  assert.match(doc.license, /MITRE/);
  assert.match(doc.license, /Cloud Security Alliance/);
  const csvIds = parseCsv(file(wholeMappingHref(v, 'csv')))
    .slice(1)
    .map((r) => `${r[0]}|${r[3]}`);
  assert.deepEqual(
    doc.rows.map((r: { control_id: string; technique_id: string }) => `${r.control_id}|${r.technique_id}`),
    csvIds,
  );
  // Controls without rows are still accounted for.
  assert.equal(doc.nonMappableControls.length, [...g.ccmControls.values()].filter((c) => c.nonMappable).length);
});

test('whole-mapping layer: valid 4.5, score = distinct controls, T1098 is the maximum, no empty rows', () => {
  const layer = layerOf(wholeMappingHref(v, 'layer'));
  assert.deepEqual(layer.versions, { attack: '18', navigator: layer.versions!.navigator, layer: '4.5' });
  assert.match(layer.versions!.navigator, /^5\./);
  assert.equal(layer.domain, 'enterprise-attack');
  const techniques = layer.techniques ?? [];
  assert.equal(techniques.length, controlsPerTechnique.size);
  const ids = new Set<string>();
  for (const t of techniques) {
    assert.ok(t.techniqueID, 'no null technique id');
    assert.ok(!ids.has(t.techniqueID), `${t.techniqueID} listed once`);
    ids.add(t.techniqueID);
    const tech = g.techniques.get(t.techniqueID);
    assert.equal(tech?.status, 'live', `${t.techniqueID} is a live technique`);
    if (t.tactic) assert.ok(tech!.tactics.some((ta) => g.tactics.get(ta)?.shortname === t.tactic));
    assert.equal(t.score, controlsPerTechnique.get(t.techniqueID)!.size);
    assert.ok(t.score! > 0);
    for (const c of controlsPerTechnique.get(t.techniqueID)!) assert.ok(t.comment!.includes(c), `comment of ${t.techniqueID} lists ${c}`);
  }
  const max = Math.max(...techniques.map((t) => t.score!));
  const t1098 = techniques.find((t) => t.techniqueID === 'T1098');
  assert.equal(t1098?.score, max, 'T1098 has the most controls');
  assert.equal(techniques.filter((t) => t.score === max).length, 1, 'and only T1098');
  assert.equal(layer.gradient?.minValue, 0);
  assert.equal(layer.gradient?.maxValue, max);
  assert.equal(controlsPerTechnique.get('T1098')!.size, max);
  assert.ok((layer.legendItems ?? []).length > 0, 'has a legend');
  const meta = Object.fromEntries((layer.metadata ?? []).flatMap((m) => ('name' in m ? [[m.name, m.value]] : [])));
  assert.equal(meta['ATT&CK version'], '18.1');
  assert.equal(meta['CCM version'], '4.1');
  assert.match(meta['Source'] ?? '', /CTID/);
});

test('every layer in the catalog validates against layer format 4.5 and lists live techniques only', () => {
  let n = 0;
  for (const href of catalog.keys()) {
    if (!href.endsWith('.layer.json')) continue;
    const layer = layerOf(href);
    for (const t of layer.techniques ?? []) assert.equal(g.techniques.get(t.techniqueID)?.status, 'live', `${href}: ${t.techniqueID}`);
    assert.ok(layer.gradient!.maxValue >= Math.max(0, ...(layer.techniques ?? []).map((t) => t.score ?? 0)), `${href}: gradient covers scores`);
    n++;
  }
  assert.ok(n > 200, `checked ${n} layers`);
});

test('per-control files: IAM-14 rows, layer with one technique per row and the rationale as comment', () => {
  const rows = parseCsv(file('/downloads/ccm/IAM-14.csv')).slice(1);
  const mapped = new Set(g.ccmControls.get('IAM-14')!.mappings.map((m) => m.technique));
  assert.equal(rows.length, mapped.size);
  assert.ok(rows.every((r) => r[0] === 'IAM-14' && r[2] === 'IAM'));
  assert.ok(rows.some((r) => r[3] === 'T1133'));
  const layer = layerOf('/downloads/ccm/IAM-14.layer.json');
  assert.deepEqual(new Set(layer.techniques!.map((t) => t.techniqueID)), mapped);
  assert.ok(layer.techniques!.every((t) => t.score === 1 && (t.comment ?? '').length > 20));
  const json = JSON.parse(file('/downloads/ccm/IAM-14.json'));
  assert.equal(json.subject.id, 'IAM-14');
  assert.equal(json.rows.length, rows.length);
});

test('controls with & in their id have slugged file names', () => {
  const amp = [...g.ccmControls.values()].filter((c) => c.id.includes('&') && c.mappings.length);
  assert.ok(amp.length > 0, 'some I&S / A&A control has mappings');
  for (const c of amp) {
    const rows = parseCsv(file(`/downloads/ccm/${c.id.replace('&', '')}.csv`)).slice(1);
    assert.ok(rows.length > 0 && rows.every((r) => r[0] === c.id), `${c.id} rows keep the real id`);
  }
  assert.deepEqual(
    downloadLinksFor(g, 'ccm-control', amp[0]!.id).map((l) => l.href.split('/').pop()),
    ['csv', 'json', 'layer.json'].map((ext) => `${amp[0]!.id.replace('&', '')}.${ext}`),
  );
});

test('per-domain files: IAM rows are the union of its controls, layer scores count domain controls', () => {
  const rows = parseCsv(file('/downloads/ccm-domains/IAM.csv')).slice(1);
  const expected = (g.controlsByDomain.get('IAM') ?? []).reduce((n, c) => n + new Set(c.mappings.map((m) => m.technique)).size, 0);
  assert.equal(rows.length, expected);
  assert.ok(rows.every((r) => r[2] === 'IAM'));
  const layer = layerOf('/downloads/ccm-domains/IAM.layer.json');
  for (const t of layer.techniques!) {
    const n = rows.filter((r) => r[3] === t.techniqueID).length;
    assert.equal(t.score, n, `${t.techniqueID}`);
  }
  assert.equal(layer.gradient!.maxValue, Math.max(...layer.techniques!.map((t) => t.score!)));
});

test('per-technique files: T1133 lists every control mapped to it', () => {
  const rows = parseCsv(file('/downloads/techniques/T1133.csv')).slice(1);
  assert.deepEqual(new Set(rows.map((r) => r[0])), controlsPerTechnique.get('T1133'));
  assert.ok(rows.every((r) => r[3] === 'T1133'));
  assert.deepEqual(downloadLinksFor(g, 'technique', 'T1133').map((l) => l.format), ['csv', 'json']);
  const unmapped = [...g.techniques.values()].find((t) => t.status === 'live' && !controlsPerTechnique.has(t.id))!;
  assert.deepEqual(downloadLinksFor(g, 'technique', unmapped.id), [], 'no files for a technique without mappings');
});

/**
 * A group's, campaign's or software's files: every live technique it uses, with the controls mapped
 * to it (a technique no control maps keeps one row with empty control columns), and a layer
 * scored by control count. Returns the techniques and the parsed JSON.
 */
function checkSourceFiles(folder: string, source: { id: string; techniques: { id: string }[] }) {
  const used = new Set(source.techniques.map((r) => r.id).filter((id) => g.techniques.get(id)?.status === 'live'));
  const rows = parseCsv(file(`/downloads/${folder}/${source.id}.csv`)).slice(1);
  assert.deepEqual(new Set(rows.map((r) => r[3])), used);
  for (const r of rows) {
    if (r[0]) assert.ok(controlsPerTechnique.get(r[3]!)?.has(r[0]));
    else assert.ok(!controlsPerTechnique.has(r[3]!), `${r[3]} has no control only when none maps it`);
  }
  const layer = layerOf(`/downloads/${folder}/${source.id}.layer.json`);
  assert.equal(layer.techniques!.length, used.size);
  for (const t of layer.techniques!) assert.equal(t.score, controlsPerTechnique.get(t.techniqueID)?.size ?? 0);
  return { used, layer, json: JSON.parse(file(`/downloads/${folder}/${source.id}.json`)) };
}

test('per-group files: G0096 techniques, unmapped ones kept with empty control columns; layer scores', () => {
  const { json } = checkSourceFiles('groups', g.groups.get('G0096')!);
  assert.ok(json.rows.some((r: { control_id: string | null }) => r.control_id === null));
});

test('per-software files: S0154 (Cobalt Strike) techniques with their controls, same scoring as groups; one set per live software', () => {
  const { used, layer, json } = checkSourceFiles('software', g.software.get('S0154')!);
  assert.ok(used.size > 10);
  assert.match(layer.name!, /^S0154 Cobalt Strike techniques vs CCM v4\.1/);
  assert.deepEqual(json.subject, { type: 'software', id: 'S0154', name: 'S0154 Cobalt Strike', url: json.subject.url });
  assert.match(json.subject.url, /\/software\/S0154\/$/);
  assert.deepEqual(downloadLinksFor(g, 'software', 'S0154').map((l) => l.format), ['csv', 'json', 'layer']);
  const published = [...catalog.keys()].filter((h) => h.startsWith('/downloads/software/') && h.endsWith('.csv')).length;
  assert.equal(published, [...g.software.values()].filter((s) => s.status === 'live' && s.techniques.length > 0).length);
});

test('per-mitigation files: the techniques M1032 addresses, with their controls; the layer says "addressed by"', () => {
  const { used, layer, json } = checkSourceFiles('mitigations', g.mitigations.get('M1032')!);
  assert.ok(used.has('T1133') && used.has('T1078.004'));
  assert.match(layer.name!, /^M1032 Multi-factor Authentication techniques vs CCM v4\.1/);
  assert.match(layer.description!, /^Techniques the ATT&CK 18\.1 mitigation M1032 Multi-factor Authentication addresses/);
  assert.ok(layer.techniques!.every((t) => t.comment!.startsWith('Addressed by Multi-factor Authentication.')));
  assert.equal(json.subject.type, 'mitigation');
  assert.match(json.subject.url, /\/mitigations\/M1032\/$/);
  const published = [...catalog.keys()].filter((h) => h.startsWith('/downloads/mitigations/') && h.endsWith('.csv')).length;
  assert.equal(published, [...g.mitigations.values()].filter((m) => m.status === 'live' && m.techniques.length > 0).length);
});

test('uuidv5 matches the RFC 9562 reference value and is stable', () => {
  assert.equal(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  assert.equal(uuidv5('x'), uuidv5('x', KB_STIX_NAMESPACE));
  assert.notEqual(uuidv5('x'), uuidv5('y'));
});

test('STIX bundle: deterministic across two independent loads, real attack-pattern targets', () => {
  const root = path.join(process.cwd(), 'content');
  const a = serializeStix(mappingStixBundle(loadContentFrom(root)));
  const b = serializeStix(mappingStixBundle(loadContentFrom(root)));
  assert.equal(a, b, 'byte-identical');
  assert.equal(a, file(wholeMappingHref(v, 'stix')));

  const bundle = JSON.parse(a) as { type: string; id: string; objects: StixObject[] };
  assert.equal(bundle.type, 'bundle');
  const ids = new Set<string>();
  const v5 = /^[a-z-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  for (const o of bundle.objects) {
    assert.equal(o.spec_version, '2.1');
    assert.match(o.id, v5);
    assert.ok(o.id.startsWith(`${o.type}--`));
    assert.ok(!ids.has(o.id), `unique id ${o.id}`);
    ids.add(o.id);
    assert.equal(o.created, '2026-01-27T00:00:00.000Z');
    assert.equal(o.modified, o.created);
  }
  const identity = bundle.objects.filter((o) => o.type === 'identity');
  assert.equal(identity.length, 1);
  const coas = bundle.objects.filter((o) => o.type === 'course-of-action');
  assert.equal(coas.length, g.ccmControls.size);
  for (const c of coas) {
    const refs = c.external_references as { source_name: string; external_id: string; url: string }[];
    assert.equal(refs[0]!.source_name, 'csa-ccm');
    assert.ok(g.ccmControls.has(refs[0]!.external_id));
    assert.equal(refs[0]!.url, 'https://cloudsecurityalliance.org/research/cloud-controls-matrix');
    assert.equal(c.created_by_ref, identity[0]!.id);
  }
  const coaIds = new Set(coas.map((c) => c.id));
  const stixIds = new Map([...g.techniques.values()].map((t) => [t.stixId, t]));
  const rels = bundle.objects.filter((o) => o.type === 'relationship');
  assert.equal(rels.length, 790);
  const controlOf = new Map(coas.map((c) => [c.id, (c.external_references as { external_id: string }[])[0]!.external_id]));
  for (const r of rels) {
    assert.equal(r.relationship_type, 'mitigates');
    assert.ok(coaIds.has(r.source_ref as string));
    const t = stixIds.get(r.target_ref as string);
    assert.ok(t, `${r.target_ref} is a technique STIX id in content`);
    assert.match(r.target_ref as string, /^attack-pattern--/);
    const control = g.ccmControls.get(controlOf.get(r.source_ref as string)!)!;
    const row = control.mappings.find((m) => m.technique === t.id);
    assert.equal(r.description, row?.rationale, 'description is the rationale');
  }
});
