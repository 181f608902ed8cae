import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_CHARS, cleanQuery, idKey, nameKey, parseIdQuery, queryTerms, sStem, textTerms } from './query';
import { excerpt, highlight } from './highlight';

describe('parseIdQuery', () => {
  const cases: [string, string][] = [
    ['T1133', 'T1133'],
    ['t1133', 'T1133'],
    ['1133', 'T1133'],
    [' T1133 ', 'T1133'],
    ['(T1133).', 'T1133'],
    ['T1078.004', 'T1078.004'],
    ['T1078/004', 'T1078.004'],
    ['t1078/004', 'T1078.004'],
    ['T1078 004', 'T1078.004'],
    ['T1078-004', 'T1078.004'],
    ['1078.004', 'T1078.004'],
    ['https://attack.mitre.org/techniques/T1078/004/', 'T1078.004'],
    ['attack.mitre.org/groups/G0096', 'G0096'],
    ['/ccm/IS-06/', 'IS06'],
    ['I&S-06', 'IS06'],
    ['IS-06', 'IS06'],
    ['i&s-06', 'IS06'],
    ['I&S 06', 'IS06'],
    ['IAM-14', 'IAM14'],
    ['iam14', 'IAM14'],
    ['IAM-1', 'IAM01'],
    ['G0096', 'G0096'],
    ['M1032', 'M1032'],
    ['TA0001', 'TA0001'],
    ['ta0001', 'TA0001'],
    ['DET0354', 'DET0354'],
    ['DC0001', 'DC0001'],
    ['I&S', 'IS'],
    ['iam', 'IAM'],
    ['MS-TA9005', 'MSTA9005'],
    ['ms-ta9005', 'MSTA9005'],
    ['MS-M9001', 'MSM9001'],
    ['ms-m9005.001', 'MSM9005.001'],
    ['https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/MS-TA9005', 'MSTA9005'],
    ['/kubernetes/MS-M9005/001/', 'MSM9005.001'],
  ];
  for (const [input, key] of cases) {
    it(`${JSON.stringify(input)} → ${key}`, () => assert.equal(parseIdQuery(input), key));
  }

  it('agrees with idKey of the canonical ids', () => {
    for (const id of ['T1133', 'T1078.004', 'I&S-06', 'A&A-01', 'IAM-14', 'G0096', 'TA0001', 'DET0354', 'I&S', 'MS-TA9005', 'MS-M9005.001']) {
      assert.equal(parseIdQuery(id), idKey(id), id);
    }
  });

  it('is null for names, words and junk', () => {
    for (const q of ['Wicked Panda', 'kubelet', 'c2', 'MFA x', 'T11', '12345', '<img src=x>', '', '   ', '😀', 'x'.repeat(10_000)]) {
      assert.equal(parseIdQuery(q), null, q.slice(0, 20));
    }
  });
});

describe('cleanQuery and terms', () => {
  it('clamps, strips control characters and collapses whitespace', () => {
    assert.equal(cleanQuery('  a\u0000b\u0007  c\n\td '), 'a b c d');
    assert.ok(cleanQuery('x'.repeat(10_000)).length <= MAX_QUERY_CHARS);
    assert.equal(cleanQuery(undefined as unknown as string), '');
  });

  it('does not split an emoji when clamping', () => {
    const q = cleanQuery(`${'a'.repeat(MAX_QUERY_CHARS - 1)}😀😀`);
    assert.ok(!/[\uD800-\uDBFF]$/.test(q));
  });

  it('folds case and diacritics and splits on punctuation', () => {
    assert.equal(nameKey('Ðragonfly 2.0 — Énergetic Bear'), 'ðragonfly 2 0 energetic bear');
    assert.deepEqual(queryTerms('Wicked-Panda & APT41'), ['wicked', 'panda', 'apt41']);
  });

  it('drops stop words and stems plurals for full text', () => {
    assert.deepEqual(textTerms('the VPNs of policies'), ['vpn', 'policy']);
    assert.equal(sStem('processes'), 'process');
    assert.equal(sStem('access'), 'access');
    assert.equal(sStem('kubelets'), 'kubelet');
  });
});

describe('highlight', () => {
  it('marks word prefixes, case-insensitively', () => {
    const segs = highlight('Valid Accounts: Cloud Accounts', ['acc']);
    assert.deepEqual(
      segs.filter((s) => s.hit).map((s) => s.text),
      ['Acc', 'Acc'],
    );
    assert.equal(segs.map((s) => s.text).join(''), 'Valid Accounts: Cloud Accounts');
  });

  it('marks plural forms of a stemmed word and leaves markup as text', () => {
    const segs = highlight('<b>VPNs</b> and a VPN', ['vpn']);
    assert.equal(segs.map((s) => s.text).join(''), '<b>VPNs</b> and a VPN');
    assert.equal(segs.filter((s) => s.hit).length, 2);
  });

  it('cuts an excerpt around the first hit', () => {
    const text = `${'lorem ipsum '.repeat(50)}the kubelet API ${'dolor sit '.repeat(50)}`;
    const segs = excerpt(text, ['kubelet'], 120);
    const joined = segs.map((s) => s.text).join('');
    assert.ok(joined.startsWith('…') && joined.endsWith('…'));
    assert.ok(joined.length < 160);
    assert.deepEqual(
      segs.filter((s) => s.hit).map((s) => s.text),
      ['kubelet'],
    );
  });
});
