import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ccmControlHref, ccmDomainHref, techniqueHref, groupHref, detectionStrategyHref } from '../urls';
import { suggestHref } from './notfound';

test('bare and lower-case technique ids point at the technique page', () => {
  assert.equal(suggestHref('/T1133'), techniqueHref('T1133'));
  assert.equal(suggestHref('/t1133/'), techniqueHref('T1133'));
  assert.equal(suggestHref('/techniques/t1133'), techniqueHref('T1133'));
});

test('sub-techniques in dotted, slashed or dashed form', () => {
  assert.equal(suggestHref('/T1078.004'), techniqueHref('T1078.004'));
  assert.equal(suggestHref('/techniques/t1078.004/'), techniqueHref('T1078.004'));
  assert.equal(suggestHref('/techniques/t1078/004'), techniqueHref('T1078.004'));
  assert.equal(suggestHref('/T1078-004'), techniqueHref('T1078.004'));
});

test('CCM controls in any case, with or without the ampersand', () => {
  assert.equal(suggestHref('/ccm/iam-14'), ccmControlHref('IAM-14'));
  assert.equal(suggestHref('/IAM-14'), ccmControlHref('IAM-14'));
  assert.equal(suggestHref('/ccm/I%26S-06'), ccmControlHref('I&S-06'));
  assert.equal(suggestHref('/ccm/i&s-6'), ccmControlHref('I&S-06'));
  assert.equal(suggestHref('/ccm/is-06/'), ccmControlHref('I&S-06'));
  assert.equal(suggestHref('/ccm/iam14'), ccmControlHref('IAM-14'));
});

test('CCM domains only under /ccm/', () => {
  assert.equal(suggestHref('/ccm/iam'), ccmDomainHref('IAM'));
  assert.equal(suggestHref('/ccm/a&a'), ccmDomainHref('A&A'));
  assert.equal(suggestHref('/iam'), undefined);
});

test('other ATT&CK ids', () => {
  assert.equal(suggestHref('/g0096'), groupHref('G0096'));
  assert.equal(suggestHref('/detectionstrategies/DET0001'), detectionStrategyHref('DET0001'));
});

test('no suggestion for unrelated paths or the canonical path itself', () => {
  assert.equal(suggestHref('/nothing-here/'), undefined);
  assert.equal(suggestHref('/'), undefined);
  assert.equal(suggestHref('/techniques/T1133/'), undefined);
  assert.equal(suggestHref('/ccm/IAM-14/'), undefined);
});
