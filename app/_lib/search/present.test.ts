import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { formatCount, groupByKind, searchPageHref, wantsFullText } from './present';
import type { SearchHit, SearchResponse } from './types';
import type { SearchKind } from './kinds';

const hit = (kind: SearchKind, id: string, match: SearchHit['match'] = 'name'): SearchHit => ({
  doc: { n: 0, kind, id, name: id, shortName: id, context: '', aliases: [], deprecated: false, href: '/' },
  score: 0,
  match,
  title: [],
  context: [],
  snippet: [],
});
const response = (query: string, hits: SearchHit[], fullText = false): SearchResponse => ({ query, hits, counts: {}, total: hits.length, fullText });

describe('groupByKind', () => {
  it('orders groups by their best hit and caps each group and the total', () => {
    const hits = [hit('technique', 'T1'), hit('group', 'G1'), hit('technique', 'T2'), hit('technique', 'T3'), hit('group', 'G2'), hit('software', 'S1')];
    const groups = groupByKind(hits, 2, 4);
    assert.deepEqual(
      groups.map((g) => [g.kind, g.hits.map((h) => h.doc.id)]),
      [
        ['technique', ['T1', 'T2']],
        ['group', ['G1', 'G2']],
      ],
    );
  });
});

describe('wantsFullText', () => {
  it('asks for prose when names found little for a real word', () => {
    assert.equal(wantsFullText(response('kubelet', [])), true);
    assert.equal(wantsFullText(response('kubelet', [], true)), false, 'already loaded');
  });
  it('does not for ids, short or stop words, or plenty of name hits', () => {
    assert.equal(wantsFullText(response('T1133', [hit('technique', 'T1133', 'id')])), false);
    assert.equal(wantsFullText(response('T9999', [])), false);
    assert.equal(wantsFullText(response('ab', [])), false);
    assert.equal(wantsFullText(response('the', [])), false);
    assert.equal(wantsFullText(response('cloud', Array.from({ length: 5 }, (_, i) => hit('technique', `T${i}`)))), false);
  });
});

describe('searchPageHref', () => {
  it('encodes the query and kind', () => {
    assert.equal(searchPageHref('I&S-06'), '/search/?q=I%26S-06');
    assert.equal(searchPageHref('segmentation', 'ccm-control'), '/search/?q=segmentation&kind=ccm-control');
    assert.equal(searchPageHref(''), '/search/');
    assert.equal(searchPageHref('#%"<>'), '/search/?q=%23%25%22%3C%3E');
  });
});

test('formatCount writes whole numbers as toLocaleString("en") does', () => {
  for (const n of [0, 1, 12, 999, 1000, 1234, 12345, 123456, 1234567, 1000000, -4321]) {
    assert.equal(formatCount(n), n.toLocaleString('en'), String(n));
  }
});
