import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getContent } from '../content/loader';
import { buildHomeView, mappingScope, usDateToIso } from './home';

describe('usDateToIso', () => {
  it('turns the mapping file US dates into ISO dates', () => {
    assert.equal(usDateToIso('07/29/2025'), '2025-07-29');
    assert.equal(usDateToIso('1/2/2026'), '2026-01-02');
    assert.equal(usDateToIso('2026-01-27'), '2026-01-27');
  });
});

describe('home counts', () => {
  const graph = getContent();
  it('counts technique-control pairs once each', () => {
    const pairs = new Set([...graph.ccmByTechnique].flatMap(([t, rows]) => rows.map((r) => `${t}|${r.control.id}`)));
    assert.equal(mappingScope(graph).techniqueRows, pairs.size);
    assert.ok(mappingScope(graph).totalRows >= pairs.size);
  });
  it('splits live techniques and sub-techniques by id shape', () => {
    const view = buildHomeView(graph);
    const live = [...graph.techniques.values()].filter((t) => t.status === 'live');
    const get = (label: string) => view.attackCounts.find((c) => c.label === label)?.value;
    assert.equal(get('Techniques'), live.filter((t) => !t.id.includes('.')).length);
    assert.equal(get('Sub-techniques'), live.filter((t) => t.id.includes('.')).length);
    assert.equal(get('Tactics'), 14);
  });
});
