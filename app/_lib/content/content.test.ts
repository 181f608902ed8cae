/**
 * The committed content/ as the site sees it (getContent), checked against the facts of the
 * pinned upstream releases (ATT&CK Enterprise 18.1, CTID's CCM v4.1 mapping for ATT&CK 17.1) and,
 * where a figure can be recomputed, against the raw upstream files with code independent of the
 * import.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { renderToStaticMarkup } from 'react-dom/server';
import { CitationScope, renderMarkdown } from '../markdown/render';
import { getContent } from './loader';
import type { Status } from './schema';

// Loading throws a ContentError on any invalid file, unknown id, dangling link or unresolved
// citation: getting a graph at all is the first assertion.
const g = getContent();
const UPSTREAM = path.join(process.cwd(), 'scripts/import/upstream');

const countBy = <T>(items: Iterable<T>, key: (t: T) => string) => {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
};
const statuses = (m: Map<string, { status: Status }>) => countBy(m.values(), (r) => r.status);

interface Stix {
  type: string;
  id: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  relationship_type?: string;
  source_ref?: string;
  target_ref?: string;
  description?: string;
  external_references?: { source_name: string; external_id?: string }[];
}
const bundle = JSON.parse(gunzipSync(readFileSync(path.join(UPSTREAM, 'enterprise-attack-18.1.json.gz'))).toString('utf8')) as { objects: Stix[] };
const mapping = JSON.parse(readFileSync(path.join(UPSTREAM, 'csa_ccm-4.1_attack-17.1-enterprise.json'), 'utf8')) as {
  mapping_objects: { capability_id: string; mapping_type: string; attack_object_id: string | null }[];
};
const externalId = (o: Stix) => o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;

describe('committed content (real data)', () => {
  it('has every ATT&CK technique and sub-technique, by status', () => {
    assert.deepEqual(statuses(g.techniques), { live: 691, deprecated: 12, revoked: 132 });
    const upstream = bundle.objects.filter((o) => o.type === 'attack-pattern');
    assert.equal(g.techniques.size, upstream.length);
    assert.equal(upstream.filter((o) => !o.revoked && !o.x_mitre_deprecated).length, 691);
  });

  it('has the 14 Enterprise tactics in matrix order', () => {
    assert.equal(g.tactics.size, 14);
    assert.deepEqual(g.tacticOrder.map((t) => t.order), [...Array(14).keys()]);
    assert.equal(g.tacticOrder[0]?.id, 'TA0043', 'Reconnaissance opens the matrix');
    assert.equal(g.tacticOrder.at(-1)?.id, 'TA0040', 'Impact closes it');
  });

  it('has the live mitigations, groups, campaigns, software and detection strategies', () => {
    assert.equal(statuses(g.mitigations).live, 44);
    assert.equal(statuses(g.groups).live, 172);
    assert.equal(g.campaigns.size, 52);
    assert.equal(statuses(g.software).live, 784);
    assert.equal(g.detectionStrategies.size, 691);
    const analytics = [...g.detectionStrategies.values()].flatMap((d) => d.analytics.map((a) => a.id));
    assert.equal(analytics.length, 1739);
    assert.equal(new Set(analytics).size, 1739, 'each analytic belongs to one strategy');
  });

  it('has the 17 CCM domains and 207 controls, 204 of them in the mapping', () => {
    assert.equal(g.ccmDomains.size, 17);
    assert.equal(g.ccmControls.size, 207);
    const inMapping = [...g.ccmControls.values()].filter((c) => c.inMapping);
    assert.equal(inMapping.length, 204);
    assert.equal(new Set(mapping.mapping_objects.map((o) => o.capability_id.trim())).size, 204);
    const sum = [...g.controlsByDomain.values()].reduce((n, list) => n + list.length, 0);
    assert.equal(sum, 207, 'every control sits in exactly one domain');
  });

  it('keeps each distinct (control, technique) mitigates pair once: 792 upstream rows, 790 pairs', () => {
    const upstreamRows = mapping.mapping_objects.filter((o) => o.mapping_type === 'mitigates');
    assert.equal(upstreamRows.length, 792);
    const upstreamPairs = new Set(upstreamRows.map((o) => `${o.capability_id.trim()}|${o.attack_object_id}`));
    assert.equal(upstreamPairs.size, 790);
    const pairs = [...g.ccmControls.values()].flatMap((c) => c.mappings.map((m) => `${c.id}|${m.technique}`));
    assert.equal(pairs.length, 790);
    assert.deepEqual(new Set(pairs), upstreamPairs);
    assert.equal(g.meta.mapping.rows, 940);
    assert.equal(mapping.mapping_objects.length, 940);
  });

  it('shows T1133 External Remote Services with its CCM controls, mitigations and procedures', () => {
    const t = g.techniques.get('T1133');
    assert.equal(t?.name, 'External Remote Services');
    assert.equal(t?.status, 'live');
    const ccm = g.ccmByTechnique.get('T1133') ?? [];
    assert.deepEqual(ccm.map((c) => c.control.id).sort(), ['DSP-15', 'I&S-06', 'I&S-09', 'IAM-14', 'IPY-03']);
    for (const { control, row } of ccm) assert.ok(row.rationale.trim().length > 20, `${control.id} has a rationale`);
    assert.deepEqual(
      (g.mitigationsByTechnique.get('T1133') ?? []).map((m) => m.mitigation.id).sort(),
      ['M1021', 'M1030', 'M1032', 'M1035', 'M1042'],
    );

    const procedures = new Map((g.proceduresByTechnique.get('T1133') ?? []).map((p) => [p.source.id, p]));
    const apt41 = procedures.get('G0096');
    assert.equal(apt41?.source.name, 'APT41');
    assert.match(apt41!.relation.description, /^<Ref id="G0096">APT41<\/Ref> compromised an online billing\/payment service using VPN access/);
    assert.ok(apt41!.relation.references.some((r) => r.name === 'FireEye APT41 Aug 2019'));
    const doki = procedures.get('S0600');
    assert.equal(doki?.source.kind, 'software');
    assert.match(doki!.relation.description, /open Docker daemon API port/);
    assert.match(procedures.get('G0004')!.relation.description, /VPN/, 'Ke3chang');
    assert.equal(procedures.get('C0002')?.source.kind, 'campaign');

    // Independently: every non-revoked "uses" relationship upstream onto T1133, from a non-revoked source.
    const t1133 = bundle.objects.find((o) => o.type === 'attack-pattern' && externalId(o) === 'T1133')!;
    const byStix = new Map(bundle.objects.map((o) => [o.id, o]));
    const expected = bundle.objects
      .filter((r) => r.type === 'relationship' && r.relationship_type === 'uses' && r.target_ref === t1133.id && !r.revoked && !r.x_mitre_deprecated)
      .map((r) => byStix.get(r.source_ref!)!)
      .filter((s) => !s.revoked)
      .map(externalId)
      .sort();
    assert.deepEqual([...procedures.keys()].sort(), expected);
  });

  it('points revoked techniques at their replacement', () => {
    const t1066 = g.techniques.get('T1066');
    assert.equal(t1066?.status, 'revoked');
    assert.equal(t1066?.revokedBy, 'T1027.005');
    // Every replacement is published and not revoked itself, so one redirect reaches a page.
    for (const t of g.techniques.values()) {
      if (t.status !== 'revoked' || !t.revokedBy) continue;
      assert.notEqual(g.techniques.get(t.revokedBy)?.status, 'revoked', `${t.id} → ${t.revokedBy}`);
    }
    assert.equal(g.techniques.get('T1073')?.revokedBy, 'T1574.001', 'the chain T1073 → T1574.002 → T1574.001 is followed');
  });

  it('resolves every citation in every text (the loader would have refused otherwise)', () => {
    // The one upstream citation with no reference anywhere stays as visible text.
    const cobian = g.software.get('S0338')!;
    assert.ok(cobian.aliasNotes.some((n) => n.description.includes('[source: Zscaler Cobain Aug 2017]')));
    assert.ok(g.meta.dataNotes.some((n) => n.subject.startsWith('S0338') && n.problem.includes('Zscaler Cobain Aug 2017')));
  });

  it('lists sub-techniques under their parent, live ones first', () => {
    assert.ok(g.subtechniques.get('T1078')?.some((s) => s.id === 'T1078.004'));
    // T1053 (Scheduled Task/Job) has a deprecated sub-technique, T1053.004, among live ones.
    const scheduled = g.subtechniques.get('T1053') ?? [];
    assert.equal(scheduled.find((s) => s.id === 'T1053.004')?.status, 'deprecated');
    assert.equal(scheduled.at(-1)?.id, 'T1053.004', 'the deprecated one comes after the live ones');
    for (const list of g.subtechniques.values()) {
      const live = list.filter((s) => s.status === 'live');
      assert.deepEqual(list.slice(0, live.length), live);
      assert.ok(list.every((s) => s.status !== 'revoked'), 'revoked sub-techniques are not listed');
    }
  });

  it('renders real texts with every citation numbered and nothing unsafe (technique pages, every 10th procedure)', () => {
    let rendered = 0;
    for (const t of g.techniques.values()) {
      if (t.status === 'revoked') continue;
      // One scope per page: body, then detection, then procedures, as a technique page does.
      const scope = new CitationScope();
      const texts = [
        { text: t.body, references: t.references },
        { text: t.detectionText, references: t.references },
        ...(g.proceduresByTechnique.get(t.id) ?? []).filter((_, i) => i % 10 === 0).map((p) => ({ text: p.relation.description, references: p.relation.references })),
      ];
      for (const { text, references } of texts) {
        if (!text) continue;
        const html = renderToStaticMarkup(renderMarkdown(text, { references, citations: scope }) as never);
        rendered++;
        assert.ok(!html.includes('(Citation:') && !html.includes('Cite'), `${t.id}: a citation marker is left in ${html.slice(0, 200)}`);
        assert.ok(!/\]\(attack:|&amp;(lt|gt|#\d+);|&lt;(Ref|Cite)\b/.test(html), `${t.id}: Markdown or MDX syntax shows as text in ${html.slice(0, 200)}`);
        assert.ok(!/<(script|img|iframe|style)\b/i.test(html), `${t.id}: unsafe element`);
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
          assert.match(href!, /^(https?:|mailto:|#ref-\d+$|\/(?![/\\]))/, `${t.id}: href ${href}`);
          const n = /^#ref-(\d+)$/.exec(href!)?.[1];
          if (n) assert.ok(Number(n) <= scope.entries().length, `${t.id}: #ref-${n} is in the reference list`);
        }
      }
    }
    assert.ok(rendered > 1000, `${rendered} texts rendered`);
  });
});
