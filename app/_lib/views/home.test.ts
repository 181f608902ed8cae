import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getContent } from '../content/loader';
import { buildHomeView, mappingScope } from './home';

describe('mapping scope', () => {
  it('gives the mapping file dates (US MM/DD/YYYY) as the ISO dates they name', () => {
    const { meta } = getContent();
    const scope = mappingScope(getContent());
    for (const [iso, us] of [[scope.created, meta.mapping.created], [scope.updated, meta.mapping.updated]] as const) {
      const [, m, d, y] = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(us) ?? [];
      assert.ok(y, `mapping date ${us} is US-style`);
      assert.equal(iso, `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
    }
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
