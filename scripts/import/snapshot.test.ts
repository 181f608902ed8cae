/**
 * The frozen v17.1 snapshot's content (issue 17): what content/versions/v17.1/ holds is exactly
 * what the 17.1 bundle has, counted from the bundle itself; the current content never includes it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { readRecords } from '../../app/_lib/content/loader';
import { contentRoot } from '../../app/_lib/content/root';
import { CONTENT_DIRS } from '../../app/_lib/content/schema';
import { SNAPSHOTS } from '../snapshots';
import { UPSTREAM_DIR } from './sources';

type Obj = { type: string; id: string; revoked?: boolean; x_mitre_deprecated?: boolean; relationship_type?: string; source_ref?: string; target_ref?: string; external_references?: { source_name: string; external_id?: string }[]; x_mitre_data_source_ref?: string };
const bundle = (JSON.parse(gunzipSync(readFileSync(path.join(UPSTREAM_DIR, 'enterprise-attack-17.1.json.gz'))).toString('utf8')) as { objects: Obj[] }).objects;
const attackId = (o: Obj) => o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;
const records = readRecords(contentRoot(process.cwd(), '17.1'));
const of = (kind: string) => records.filter((r) => r.kind === kind).map((r) => r.data as Record<string, unknown> & { id: string });
const count = (pred: (o: Obj) => boolean) => bundle.filter(pred).length;

describe('snapshot v17.1 (content/versions/v17.1/)', () => {
  it('is configured in scripts/snapshots.ts', () => {
    assert.ok(SNAPSHOTS.some((s) => s.release === '17.1'));
  });

  it('has every object of the 17.1 bundle we publish, counted from the bundle', () => {
    const expected = {
      technique: count((o) => o.type === 'attack-pattern'),
      tactic: count((o) => o.type === 'x-mitre-tactic'),
      mitigation: count((o) => o.type === 'course-of-action' && /^M\d{4}$/.test(attackId(o) ?? '')),
      group: count((o) => o.type === 'intrusion-set'),
      software: count((o) => o.type === 'malware' || o.type === 'tool'),
      campaign: count((o) => o.type === 'campaign'),
      'data-source': count((o) => o.type === 'x-mitre-data-source'),
    };
    const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, of(k).length]));
    assert.deepEqual(actual, expected);
    // 17.1 as published: 823 techniques (679 live), 38 data sources (one deprecated: DS0031 Cluster).
    assert.equal(expected.technique, 823);
    assert.equal(expected['data-source'], 38);
    assert.equal(of('data-source').filter((d) => d.status === 'deprecated').map((d) => d.id).join(), 'DS0031');
  });

  it('has every data component of 17.1 (no ATT&CK ids then) on its data source, with every detects relationship', () => {
    // Empty lists are not written (the schema defaults them).
    const sources = (of('data-source') as unknown as { id: string; stixId: string; components?: { name: string }[]; detects?: { component: string; id: string }[] }[]).map((s) => ({ ...s, components: s.components ?? [], detects: s.detects ?? [] }));
    const components = bundle.filter((o) => o.type === 'x-mitre-data-component');
    assert.equal(components.filter((c) => attackId(c)).length, 0, '17.1 data components carry no ATT&CK id');
    assert.equal(sources.reduce((n, s) => n + s.components.length, 0), components.length);
    for (const s of sources) {
      assert.equal(s.components.length, components.filter((c) => c.x_mitre_data_source_ref === s.stixId).length, s.id);
    }
    const detects = bundle.filter((o) => o.type === 'relationship' && o.relationship_type === 'detects' && !o.revoked && !o.x_mitre_deprecated);
    assert.equal(sources.reduce((n, s) => n + s.detects.length, 0), detects.length);
    // Said on the snapshot's data-notes page: the components have no ids, so no pages of their own.
    const notes = (of('site-meta')[0] as unknown as { dataNotes: { subject: string; problem: string }[] }).dataNotes;
    assert.ok(notes.some((n) => n.subject === 'data components' && n.problem.startsWith(`${components.length} data components have no ATT&CK id`)));
    const ds0029 = sources.find((s) => s.id === 'DS0029')!;
    assert.ok(ds0029.components.some((c) => c.name === 'Network Traffic Flow'));
    assert.ok(ds0029.detects.some((d) => d.component === 'Network Traffic Flow' && d.id === 'T1133'), 'DS0029 Network Traffic Flow detects T1133');
  });

  it('has no detection strategies, data components of their own, hunting or history, and the mapping as published', () => {
    for (const k of ['detection-strategy', 'data-component', 'sigma-rule', 'atomic-tests', 'kubernetes-technique', 'history']) assert.equal(of(k).length, 0, k);
    const meta = of('site-meta')[0] as unknown as { attack: { version: string }; mapping: { attackVersion: string; rows: number }; snapshot: { version: string; released: string; until: string; current: { version: string }; omitted: string[]; changed: Record<string, { status: string; by?: string }> } };
    assert.equal(meta.attack.version, '17.1');
    assert.equal(meta.mapping.attackVersion, '17.1');
    assert.equal(meta.mapping.rows, 940);
    assert.equal(of('ccm-control').length, 207);
    assert.deepEqual([meta.snapshot.released, meta.snapshot.until, meta.snapshot.current.version], ['2025-05-06', '2025-10-27', '18.1']);
    assert.deepEqual(meta.snapshot.omitted, ['sigma', 'atomic', 'kubernetes', 'history']);
    // Data sources became former objects in v18.0; none of the mapped techniques changed id.
    assert.equal(meta.snapshot.changed.DS0029?.status, 'former');
    assert.equal(meta.snapshot.changed.T1133, undefined);
  });

  it('never leaks into the current content: its folder is not a kind folder, and the current content lists it only in meta', () => {
    assert.ok(!Object.values(CONTENT_DIRS).some((d) => d === 'versions' || d.startsWith('versions/')));
    const current = readRecords(contentRoot(process.cwd(), undefined));
    assert.equal(current.filter((r) => r.kind === 'data-source').length, 0);
    assert.equal(current.filter((r) => r.kind === 'technique').length, 835, 'the current (18.1) techniques only');
    const meta = current.find((r) => r.kind === 'site-meta')!.data as { snapshots: { version: string; ids: string[] }[] };
    const listed = meta.snapshots.find((s) => s.version === '17.1')!;
    assert.ok(listed.ids.includes('T1133') && listed.ids.includes('DS0029') && listed.ids.includes('IAM-14'));
    assert.equal(listed.ids.length, new Set(listed.ids).size);
  });
});
