import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, metricsOf, rankOf, type Judgement } from './evaluate';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

describe('rankOf', () => {
  it('is the 1-based position of the first accepted id', () => {
    assert.equal(rankOf(['a', 'b', 'c'], ['a']), 1);
    assert.equal(rankOf(['a', 'b', 'c'], ['c', 'b']), 2);
    assert.equal(rankOf(['x', 'x', 'c'], ['c']), 3);
  });

  it('is null when no accepted id is within the depth (10 by default)', () => {
    const results = Array.from({ length: 12 }, (_, i) => `r${i + 1}`);
    assert.equal(rankOf(results, ['r10']), 10);
    assert.equal(rankOf(results, ['r11']), null);
    assert.equal(rankOf(results, ['r3'], 2), null);
    assert.equal(rankOf([], ['a']), null);
    assert.equal(rankOf(['a'], []), null);
  });
});

describe('metricsOf', () => {
  it('computes success@1, success@3 and MRR@10', () => {
    // Ranks 1, 2, 3, 4, 10 and one miss.
    const m = metricsOf([1, 2, 3, 4, 10, null]);
    assert.equal(m.n, 6);
    close(m.success1, 1 / 6);
    close(m.success3, 3 / 6);
    close(m.mrr10, (1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 10) / 6);
  });

  it('gives ranks beyond 10 nothing, and an empty list zeros', () => {
    assert.deepEqual(metricsOf([11, null]), { n: 2, success1: 0, success3: 0, mrr10: 0 });
    assert.deepEqual(metricsOf([]), { n: 0, success1: 0, success3: 0, mrr10: 0 });
    assert.deepEqual(metricsOf([1, 1]), { n: 2, success1: 1, success3: 1, mrr10: 1 });
  });
});

describe('evaluate', () => {
  // A made-up engine: fixed result lists per query.
  const results: Record<string, string[]> = {
    vpn: ['T1133', 'T1021'],
    rdp: ['T1563.002', 'T1021.001'],
    ransomware: ['S0446', 'S0575', 'T1486'],
    mimikatz: ['S0002'],
    mimkatz: [],
    'cozy bear': ['x1', 'x2', 'x3', 'x4', 'G0016'],
  };
  const search = (q: string) => results[q] ?? [];
  const judgements: Judgement[] = [
    { q: 'vpn', group: 'topic', accept: ['T1133'] },
    { q: 'rdp', group: 'topic', accept: ['T1021.001', 'T1021'] },
    { q: 'ransomware', group: 'topic', accept: ['T1486'] },
    { q: 'mimikatz', group: 'tool', accept: ['S0002'] },
    { q: 'mimkatz', group: 'tool', accept: ['S0002'], note: 'typo' },
    { q: 'cozy bear', group: 'alias', accept: ['G0016'] },
  ];
  const report = evaluate(judgements, search);

  it('scores each group', () => {
    assert.deepEqual(
      report.groups.map((g) => g.group),
      ['topic', 'tool', 'alias'],
    );
    const [topic, tool, alias] = report.groups;
    // topic: ranks 1, 2, 3.
    assert.equal(topic!.n, 3);
    close(topic!.success1, 1 / 3);
    close(topic!.success3, 1);
    close(topic!.mrr10, (1 + 1 / 2 + 1 / 3) / 3);
    // tool: ranks 1 and a miss.
    assert.equal(tool!.n, 2);
    close(tool!.success1, 0.5);
    close(tool!.success3, 0.5);
    close(tool!.mrr10, 0.5);
    // alias: rank 5.
    assert.equal(alias!.n, 1);
    assert.equal(alias!.success1, 0);
    assert.equal(alias!.success3, 0);
    close(alias!.mrr10, 1 / 5);
  });

  it('scores every query the same overall (micro average)', () => {
    assert.equal(report.overall.n, 6);
    close(report.overall.success1, 2 / 6);
    close(report.overall.success3, 4 / 6);
    close(report.overall.mrr10, (1 + 1 / 2 + 1 / 3 + 1 + 0 + 1 / 5) / 6);
  });

  it('lists every query not answered first, with its rank and first result', () => {
    assert.deepEqual(
      report.failures.map((f) => [f.q, f.rank, f.first]),
      [
        ['rdp', 2, 'T1563.002'],
        ['ransomware', 3, 'S0446'],
        ['mimkatz', null, null],
        ['cozy bear', 5, 'x1'],
      ],
    );
    assert.equal(report.outcomes.length, 6);
  });

  it('calls the search function once per query, with the query as written', () => {
    const seen: string[] = [];
    evaluate(judgements, (q) => {
      seen.push(q);
      return [];
    });
    assert.deepEqual(
      seen,
      judgements.map((j) => j.q),
    );
  });
});
