import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greedyPlan } from './coverage-plan';

test('each step counts only what earlier steps left open', () => {
  // B alone maps the most (4), but after B, A adds only one more while C adds two.
  const plan = greedyPlan(
    ['t1', 't2', 't3', 't4', 't5', 't6', 't7'],
    [
      { id: 'A', techniques: ['t1', 't2', 't3'] },
      { id: 'B', techniques: ['t1', 't2', 't4', 't5'] },
      { id: 'C', techniques: ['t6', 't7', 't5'] },
      { id: 'D', techniques: ['t1'] },
    ],
  );
  assert.deepEqual(
    plan.steps.map((s) => [s.control, s.closes, s.cumulative]),
    [
      ['B', ['t1', 't2', 't4', 't5'], 4],
      ['C', ['t6', 't7'], 6],
      ['A', ['t3'], 7],
    ],
  );
  assert.equal(plan.open, 7);
  // D closes nothing new: it is not proposed.
  assert.ok(!plan.steps.some((s) => s.control === 'D'));
});

test('ties go to the candidate listed first; techniques outside the open set never count', () => {
  const plan = greedyPlan(['a', 'b'], [
    { id: 'X', techniques: ['b', 'closed-1', 'closed-2'] },
    { id: 'Y', techniques: ['a'] },
  ]);
  assert.deepEqual(plan.steps.map((s) => s.control), ['X', 'Y']);
  assert.deepEqual(plan.steps[0]!.closes, ['b']);
  assert.deepEqual(greedyPlan([], [{ id: 'X', techniques: ['a'] }]).steps, []);
});

test('weights: techniques the chosen threats use count more', () => {
  const candidates = [
    { id: 'Broad', techniques: ['a', 'b', 'c'] },
    { id: 'Threat', techniques: ['d', 'e'] },
  ];
  assert.equal(greedyPlan(['a', 'b', 'c', 'd', 'e'], candidates).steps[0]!.control, 'Broad');
  const used = new Set(['d', 'e']);
  const weighted = greedyPlan(['a', 'b', 'c', 'd', 'e'], candidates, (t) => (used.has(t) ? 3 : 1));
  assert.deepEqual(weighted.steps.map((s) => [s.control, s.gain, s.cumulativeGain]), [
    ['Threat', 6, 6],
    ['Broad', 3, 9],
  ]);
  assert.equal(weighted.openWeight, 9);
});
