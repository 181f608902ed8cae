/** The Kubernetes pages' view models over the committed content (content/ as `npm run import` wrote it). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getContent } from '../content/loader';
import { huntingPageIds, huntingPageViewFor, huntingViewFor } from './hunting';
import { kubernetesMatrixView, kubernetesMitigationView, kubernetesPageIds, kubernetesTechniqueView } from './kubernetes';
import { registerCssStub } from './css-stub';

registerCssStub();
const { KubernetesTechniqueDetail } = await import('../../../components/hunting/KubernetesDetail');

const g = getContent();

test('/kubernetes/: 10 tactic columns in ATT&CK order, every technique under each tactic it names', () => {
  const v = kubernetesMatrixView(g);
  assert.deepEqual(
    v.tactics.map((t) => t.name),
    ['Initial Access', 'Execution', 'Persistence', 'Privilege Escalation', 'Defense Evasion', 'Credential Access', 'Discovery', 'Lateral Movement', 'Collection', 'Impact'],
  );
  assert.deepEqual(v.counts, { tactics: 10, techniques: 40, withAttack: 36, mitigations: 32, subMitigations: 3 });
  const initial = v.tactics[0]!.techniques.map((k) => k.id);
  assert.ok(initial.includes('MS-TA9005'));
  const placed = new Set(v.tactics.flatMap((t) => t.techniques.map((k) => k.id)));
  assert.equal(placed.size, 40, 'no technique left out of the matrix');
  assert.equal(v.mapping.find((m) => m.id === 'MS-TA9005')!.attack[0]!.href, '/techniques/T1133/');
});

test('/kubernetes/MS-TA9005/ links to T1133 and to its mitigations', () => {
  const v = kubernetesTechniqueView('MS-TA9005', g)!;
  assert.equal(v.name, 'Exposed sensitive interfaces');
  assert.deepEqual(v.attack.map((a) => [a.id, a.href, a.name]), [['T1133', '/techniques/T1133/', 'External Remote Services']]);
  assert.ok(v.attack[0]!.sigma > 0, 'T1133 has Sigma rules to point at');
  assert.deepEqual(v.mitigations.map((m) => m.id), ['MS-M9008', 'MS-M9009', 'MS-M9014']);
  const out = renderToStaticMarkup(createElement(KubernetesTechniqueDetail, v));
  assert.match(out, /href="\/techniques\/T1133\/?"/);
  assert.ok(out.includes('https://creativecommons.org/licenses/by/4.0/'));
});

test('the T1133 technique page gets MS-TA9005; MS-M9001 names M1032; sub-mitigations get their own pages', () => {
  assert.deepEqual(huntingViewFor('T1133', g)!.kubernetes.entries.map((e) => e.id), ['MS-TA9005']);
  assert.deepEqual(kubernetesMitigationView('MS-M9001', g)!.attack.map((a) => a.id), ['M1032']);
  const ids = kubernetesPageIds(g);
  assert.equal(ids.pages.length, 40 + 32);
  assert.deepEqual(ids.subPages, [
    { id: 'MS-M9005', sub: '001' },
    { id: 'MS-M9005', sub: '002' },
    { id: 'MS-M9005', sub: '003' },
  ]);
  assert.equal(kubernetesMitigationView('MS-M9005.002', g)!.parent!.href, '/kubernetes/MS-M9005/');
});

test('hunting pages exist for every technique with a rule, a test or a Kubernetes entry', () => {
  const ids = huntingPageIds(g);
  assert.ok(ids.includes('T1133') && ids.includes('T1078.004'));
  assert.ok(ids.every((id) => g.sigmaByTechnique.has(id) || g.atomicByTechnique.has(id) || g.kubernetesByTechnique.has(id)));
  const v = huntingPageViewFor('T1133', g)!;
  assert.equal(v.sigma.rules.length, v.sigma.total, 'the hunting page lists every rule');
  assert.ok(v.sigma.rules.every((r) => r.detail?.description !== undefined));
  assert.equal(huntingViewFor('T1133', g)!.huntingHref, '/hunting/T1133/');
});
