import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hrefForId, huntingHref, kubernetesHref, kubernetesTacticHref, sigmaRuleYamlHref } from './urls';

test('hunting URLs follow the technique URL shape; Kubernetes sub-mitigations nest under their parent', () => {
  assert.equal(huntingHref('T1133'), '/hunting/T1133/');
  assert.equal(huntingHref('T1078.004'), '/hunting/T1078/004/');
  assert.equal(kubernetesHref('MS-TA9005'), '/kubernetes/MS-TA9005/');
  assert.equal(kubernetesHref('MS-M9005.001'), '/kubernetes/MS-M9005/001/');
  assert.equal(kubernetesTacticHref('initial-access'), '/kubernetes/#tactic-initial-access');
  assert.equal(hrefForId('MS-TA9005'), '/kubernetes/MS-TA9005/', 'attack: links in Kubernetes text resolve');
  assert.equal(hrefForId('MS-M9005.002'), '/kubernetes/MS-M9005/002/');
  assert.equal(sigmaRuleYamlHref('1f6b8cd4-3e60-47cc-b282-5aa1cbc9182d'), '/sigma-rules/1f6b8cd4-3e60-47cc-b282-5aa1cbc9182d.yml');
});
