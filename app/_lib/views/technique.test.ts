import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getContent } from '../content/loader';
import type { Technique } from '../content/schema';
import { buildMappingEra, buildTechniqueIndex, buildTechniqueView, groupProcedures, relatedControls, techniqueParams, truncate } from './technique';

const graph = getContent();
const html = (node: ReactNode) => renderToStaticMarkup(createElement(Fragment, null, node));

describe('truncate', () => {
  it('keeps short text and cuts long text at a word boundary with an ellipsis', () => {
    assert.equal(truncate('short text', 160), 'short text');
    const long = 'word '.repeat(60).trim();
    const cut = truncate(long, 160);
    assert.ok(cut.length <= 160, `length ${cut.length}`);
    assert.ok(cut.endsWith('word…'));
  });
});

describe('techniqueParams', () => {
  it('gives a page to every live and deprecated technique and none to revoked ones', () => {
    const { techniques, subtechniques } = techniqueParams(graph);
    const ids = new Set([...techniques.map((p) => p.id), ...subtechniques.map((p) => `${p.id}.${p.sub}`)]);
    for (const t of graph.techniques.values()) assert.equal(ids.has(t.id), t.status !== 'revoked', t.id);
  });
});

describe('buildMappingEra', () => {
  const base = graph.techniques.get('T1133')!;
  const era = (over: Partial<NonNullable<Technique['mappingEra']>>) =>
    buildMappingEra(graph, {
      ...base,
      mappingEra: { attackVersion: '17.1', found: true, platformsAdded: [], platformsRemoved: [], tacticsAdded: [], tacticsRemoved: [], statusNow: 'live', ...over },
    });

  it('reports no change affecting the mapping when only the version moved', () => {
    const e = era({ versionThen: '1.0', versionNow: '1.1' });
    assert.equal(e?.affectsMapping, false);
  });
  it('flags platform, tactic, name and status changes', () => {
    assert.equal(era({ platformsAdded: ['SaaS'] })?.affectsMapping, true);
    assert.equal(era({ tacticsRemoved: ['TA0001'] })?.tacticsRemoved[0]?.name, 'Initial Access');
    assert.equal(era({ nameThen: 'Old name' })?.nameThen, 'Old name');
    assert.equal(era({ nameThen: base.name })?.affectsMapping, false, 'same name is not a rename');
    assert.equal(era({ statusNow: 'deprecated' })?.affectsMapping, true);
  });
  it('is absent for techniques the mapping does not cover', () => {
    assert.equal(buildMappingEra(graph, { ...base, mappingEra: undefined }), undefined);
  });
});

describe('relatedControls', () => {
  it("lists the parent's controls on a sub-technique, minus its own", () => {
    const sub = graph.techniques.get('T1078.004')!;
    const own = new Set(graph.ccmByTechnique.get(sub.id)!.map((m) => m.control.id));
    const parents = graph.ccmByTechnique.get('T1078')!.map((m) => m.control.id);
    const related = relatedControls(graph, sub);
    assert.equal(related?.relation, 'parent');
    assert.deepEqual(new Set(related!.rows.map((r) => r.control.id)), new Set(parents.filter((id) => !own.has(id))));
    for (const r of related!.rows) assert.deepEqual(r.via.map((v) => v.id), ['T1078']);
  });
  it('lists controls mapped to sub-techniques on a parent, naming the sub-techniques', () => {
    const related = relatedControls(graph, graph.techniques.get('T1078')!);
    assert.equal(related?.relation, 'subtechniques');
    for (const r of related!.rows) {
      for (const v of r.via) {
        assert.ok(v.id.startsWith('T1078.'));
        assert.ok(graph.ccmByTechnique.get(v.id)!.some((m) => m.control.id === r.control.id), `${r.control.id} is mapped to ${v.id}`);
      }
    }
  });
});

describe('groupProcedures', () => {
  it('orders groups, campaigns, software and drops non-live sources', () => {
    const all = [...graph.proceduresByTechnique.values()].flat();
    const grouped = groupProcedures(all);
    assert.deepEqual(
      grouped.map((g) => g.kind),
      ['group', 'campaign', 'software'],
    );
    for (const g of grouped) for (const p of g.items) assert.equal(p.source.status, 'live');
    const live = all.filter((p) => p.source.status === 'live').length;
    assert.equal(grouped.reduce((n, g) => n + g.items.length, 0), live);
  });
});

describe('buildTechniqueView', () => {
  const view = buildTechniqueView(graph, 'T1133');

  it('numbers citations in page order and lists exactly the cited references', () => {
    const markup = [view.description, ...view.mitigations.map((m) => m.use), ...view.procedures.groups.flatMap((g) => g.rows.map((r) => r.text))]
      .map(html)
      .join('');
    const cited = [...markup.matchAll(/href="#ref-(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(cited.length > 0);
    // First appearances are 1, 2, 3 … in reading order.
    const firsts = [...new Set(cited)];
    assert.deepEqual(firsts, firsts.map((_, i) => i + 1).slice(0, firsts.length));
    assert.deepEqual(
      view.references.map((r) => r.n),
      view.references.map((_, i) => i + 1),
    );
  });
  it('shows procedure text without citation marks; each row links to its sources on the source’s page', () => {
    const rows = view.procedures.groups.flatMap((g) => g.rows);
    assert.ok(rows.length > 0);
    for (const r of rows) assert.doesNotMatch(html(r.text), /href="#ref-|\(Citation:/, r.source.id);
    const cited = graph.proceduresByTechnique.get('T1133')!.find((p) => p.source.status === 'live' && p.relation.description.includes('<Cite '))!;
    const row = rows.find((r) => r.source.id === cited.source.id)!;
    const distinct = new Set([...cited.relation.description.matchAll(/<Cite source="([^"]*)"\/>/g)].map((m) => m[1]!)).size;
    assert.deepEqual(row.sources, { count: distinct, href: `${cited.source.kind === 'group' ? '/groups' : cited.source.kind === 'campaign' ? '/campaigns' : '/software'}/${cited.source.id}/#technique-T1133` });
    // The page's references are only those its own text cites: far fewer than with procedure sources.
    const citedByPage = new Set(
      [view.description, ...view.mitigations.map((m) => m.use), ...view.detections.flatMap((d) => d.analytics.map((a) => a.description))]
        .map(html)
        .join('')
        .match(/href="#ref-\d+"/g),
    );
    assert.equal(view.references.length, citedByPage.size);
  });
  it('keeps the sections in their ATT&CK order with stable anchors', () => {
    assert.ok(view.ccm.rows.every((r) => r.anchor === `ccm-${r.control.id.replace('&', '')}`));
    assert.ok(view.mitigations.every((r) => r.anchor === `mitigation-${r.mitigation.id}`));
    const ids = view.mitigations.map((m) => m.mitigation.id);
    assert.deepEqual(ids, [...ids].sort());
  });
  it('refuses revoked techniques', () => {
    const revoked = [...graph.techniques.values()].find((t) => t.status === 'revoked')!;
    assert.throws(() => buildTechniqueView(graph, revoked.id));
  });
  it('builds the sub-technique page with its parent', () => {
    const sub = buildTechniqueView(graph, 'T1078.004');
    assert.equal(sub.parent?.id, 'T1078');
    assert.equal(sub.title, 'T1078.004 Valid Accounts: Cloud Accounts');
  });
});

describe('buildTechniqueIndex', () => {
  it('sorts by id and nests every live sub-technique under its parent', () => {
    const { live, subtechniqueCount } = buildTechniqueIndex(graph);
    const ids = live.map((t) => t.id);
    assert.deepEqual(ids, [...ids].sort());
    for (const t of live) for (const s of t.subtechniques) assert.ok(s.id.startsWith(`${t.id}.`));
    const liveSubs = [...graph.techniques.values()].filter((t) => t.status === 'live' && t.isSubtechnique).length;
    assert.equal(subtechniqueCount, liveSubs);
  });
});
