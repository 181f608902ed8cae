/**
 * Typo tolerance and query-time synonyms: the pure pieces, then the engine over the real content.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getContent } from '../content/loader';
import { buildSearchPayloads } from './build';
import { SearchEngine } from './engine';
import { editDistance, maxEdits, Vocabulary } from './fuzzy';
import { EXPANSIONS } from './synonyms';
import type { NamesPayload, TextPayload } from './types';

describe('edit distance and the vocabulary', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    assert.equal(editDistance('kerberosting', 'kerberoasting', 2), 1);
    assert.equal(editDistance('phising', 'phishing', 1), 1);
    assert.equal(editDistance('mimkatz', 'mimikatz', 1), 1);
    assert.equal(editDistance('reconnaisance', 'reconnaissance', 2), 1);
    assert.equal(editDistance('exfiltaretion', 'exfiltration', 2), 2);
    assert.equal(editDistance('persitsence', 'persistence', 2), 1, 'a swap');
    assert.equal(editDistance('apple', 'zebra', 2), 3, 'cut off above the allowance');
  });

  it('allows no edit under 5 letters, one up to 7, two from 8', () => {
    assert.deepEqual([3, 4, 5, 7, 8, 12].map(maxEdits), [0, 0, 1, 1, 2, 2]);
  });

  it('corrects to the most used near word, never a short word or one with digits, and splits run-together words', () => {
    const v = new Vocabulary();
    for (const [w, n] of [['phishing', 90], ['fishing', 3], ['cobalt', 5], ['strike', 40], ['t1134', 1], ['persistance', 1], ['persistence', 300], ['vpn', 30]] as const) v.add(w, n);
    assert.equal(v.nearest('phising'), 'phishing');
    assert.equal(v.nearest('vpm'), null, 'too short to correct');
    assert.equal(v.nearest('t1133'), null, 'ids never fuzz');
    assert.equal(v.nearest('persistance'), null, 'a known word stays…');
    assert.equal(v.nearest('persistance', { rare: true }), 'persistence', '…unless it is rare and a far commoner word is near');
    assert.equal(v.nearest('phishing', { rare: true }), null);
    assert.equal(v.split('cobaltstrike'), 'cobalt strike');
    assert.equal(v.split('strike'), null);
    assert.ok(v.hasPrefix('phis') && !v.hasPrefix('phiz'));
  });
});

describe('the engine with typos and synonyms (real content)', () => {
  let engine: SearchEngine;
  before(() => {
    const { names, text } = buildSearchPayloads(getContent());
    const wire = <T>(x: T) => JSON.parse(JSON.stringify(x)) as T;
    engine = new SearchEngine(wire<NamesPayload>(names));
    engine.attachText(wire<TextPayload>(text));
  });
  const first = (q: string) => engine.search(q).hits[0]?.doc.id;

  it('finds what a misspelt query means, and says what it searched', () => {
    for (const [q, id, corrected] of [
      ['phising', 'T1566', 'phishing'],
      ['kerberosting', 'T1558.003', 'kerberoasting'],
      ['mimkatz', 'S0002', 'mimikatz'],
      ['valid acounts', 'T1078', 'valid accounts'],
      ['fancybear', 'G0007', 'fancy bear'],
    ] as const) {
      const r = engine.search(q);
      assert.equal(r.hits[0]?.doc.id, id, q);
      assert.equal(r.corrected, corrected, q);
    }
  });

  it('words written together that names write apart are split ("cobaltstrike" → Cobalt Strike)', () => {
    const r = engine.search('cobaltstrike');
    assert.equal(r.hits[0]?.doc.id, 'S0154');
    assert.equal(r.corrected, 'cobalt strike');
    assert.equal(first('multifactor authentication'), 'M1032');
  });

  it('offers "did you mean" when nothing is found, only with a reading that finds something', () => {
    // "phshng" is two edits from "phishing": too far to correct silently, near enough to offer.
    const r = engine.search('phshng');
    assert.equal(r.total, 0);
    assert.equal(r.didYouMean, 'phishing');
    assert.ok(engine.search(r.didYouMean!).total > 0);
    assert.equal(engine.search('qqqqzz').didYouMean, undefined);
    // Found something: no offer. Ids are never guessed at.
    assert.equal(engine.search('phishing').didYouMean, undefined);
    assert.equal(engine.search('T9999').didYouMean, undefined);
  });

  it('never fuzzes an id: T1133 is not T1134, and a correct query is not "corrected"', () => {
    const r = engine.search('T1133');
    assert.equal(r.hits[0]?.doc.id, 'T1133');
    assert.equal(r.corrected, undefined);
    assert.ok(!engine.search('T1135').hits.slice(0, 3).some((h) => h.doc.id === 'T1133'));
    assert.equal(engine.search('phishing').corrected, undefined);
  });

  it('every synonym expansion finds something, and expands inside longer queries', () => {
    for (const e of EXPANSIONS) for (const x of e.expands) assert.ok(engine.search(x).total > 0, `${e.term} → ${x}`);
    assert.equal(first('cryptomining'), 'T1496');
    assert.equal(first('ransomware'), 'T1486');
    assert.ok(engine.search('s3 bucket').hits.slice(0, 3).some((h) => ['T1530', 'T1619', 'T1537'].includes(h.doc.id)), 's3 bucket');
  });

  it('a topic word finds the technique about it before software named with it', () => {
    assert.equal(first('vpn'), 'T1133');
    assert.notEqual(engine.search('ransomware').hits[0]?.doc.kind, 'software');
  });
});
