/**
 * View builder + components for the hunting sections, over a small fixture graph: what a reader
 * sees (with JavaScript off: server-rendered HTML) and that upstream text stays inert.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fenced } from '../content/hunting-text';
import { buildGraph } from '../content/graph';
import { validateRecords, type RawRecord } from '../content/loader';
import { CONTENT_DIRS, type ContentKind } from '../content/schema';
import { atomicView, huntingCounts, huntingPageIds, huntingPageViewFor, huntingViewFor, kubernetesForMitigation, sigmaView, TECHNIQUE_PAGE } from './hunting';
import { registerCssStub } from './css-stub';
// Prose fields hold what the import writes: upstream text as MDX (escaped, <Cite/>).
import { safeMdx } from '../../../scripts/import/text';

registerCssStub();
const { AtomicTests } = await import('../../../components/hunting/AtomicTests');
const { CloudView } = await import('../../../components/hunting/CloudView');
const { KubernetesEntries, KubernetesMitigationEntries } = await import('../../../components/hunting/KubernetesEntries');
const { SigmaRules } = await import('../../../components/hunting/SigmaRules');

const HOSTILE = ['<script>alert("x")</script>', '{{ constructor.constructor("alert(1)")() }}', '<Foo bar={evil()} />'];
const raw = (kind: ContentKind, data: Record<string, unknown>, body = ''): RawRecord => ({
  kind,
  file: `content/${CONTENT_DIRS[kind]}/${String(data.id ?? 'site').replace(/&/g, '')}.mdx`,
  data: { kind, ...data },
  body,
});
const attackBase = (id: string, name: string) => ({ id, stixId: `x--${id}`, name, status: 'live', created: '2020', modified: '2024' });
const uuid = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
const LEVELS = ['critical', 'high', 'medium', 'low', 'informational'];

const rules = Array.from({ length: 14 }, (_, i) =>
  raw(
    'sigma-rule',
    {
      id: uuid(i + 1),
      title: i === 0 ? `Hostile ${HOSTILE[0]}` : `Rule ${String(i + 1).padStart(2, '0')}`,
      status: 'test',
      level: LEVELS[i % 5],
      techniques: i % 2 ? ['T1078.004'] : ['T1078'],
      logsource: { product: 'aws', service: 'cloudtrail' },
      author: `Author ${i + 1}`,
      date: '2024-01-01',
      falsePositives: i === 0 ? [HOSTILE[1]!] : [],
      path: `rules/cloud/r${i + 1}.yml`,
      url: `https://github.com/SigmaHQ/sigma/blob/r2026-04-01/rules/cloud/r${i + 1}.yml`,
      description: i === 0 ? HOSTILE.join('\n') : 'Plain.',
    },
    fenced(i === 0 ? `title: x\ndescription: ${HOSTILE.join(' ')}` : `title: Rule ${i + 1}`, 'yaml'),
  ),
);

const records: RawRecord[] = [
  raw('site-meta', {
    attack: { version: '18.1', domain: 'enterprise-attack' },
    ccm: { version: 'v4.1' },
    mapping: { framework: 'csa_ccm', frameworkVersion: 'v4.1', attackVersion: '17.1', created: 'x', updated: 'y', types: {}, rows: 1 },
    sources: [],
    dataNotes: [],
    hunting: {
      sigma: { repo: 'SigmaHQ/sigma', ref: 'r2026-04-01', rules: 14, techniques: 2 },
      atomic: { repo: 'redcanaryco/atomic-red-team', ref: '61080b1946', techniques: 1, tests: 1 },
      kubernetes: { repo: 'microsoft/Threat-Matrix-for-Kubernetes', ref: 'b885d18', techniques: 1, mitigations: 1 },
    },
  }),
  raw('technique', { ...attackBase('T1078', 'Valid Accounts'), isSubtechnique: false, platforms: ['Windows', 'IaaS'] }),
  raw('technique', { ...attackBase('T1078.004', 'Cloud Accounts'), isSubtechnique: true, platforms: ['IaaS', 'Identity Provider', 'Office Suite', 'SaaS'] }),
  raw('technique', { ...attackBase('T1003', 'OS Credential Dumping'), isSubtechnique: false, platforms: ['Windows'] }),
  raw('mitigation', attackBase('M1032', 'Multi-factor Authentication')),
  raw('tactic', { ...attackBase('TA0001', 'Initial Access'), shortname: 'initial-access', order: 0 }),
  raw('data-component', attackBase('DC0001', 'User Account Authentication')),
  raw('detection-strategy', {
    ...attackBase('DET0001', 'Detect cloud account abuse'),
    techniques: ['T1078.004'],
    analytics: [
      { id: 'AN0001', name: 'Cloud logon', platforms: ['IaaS', 'Identity Provider'], description: safeMdx(`Look for ${HOSTILE[0]} (Citation: Ref A)`, (n) => n === 'Ref A'), logSources: [{ dataComponent: 'DC0001', name: 'AWS:CloudTrail', channel: 'ConsoleLogin' }], references: [{ name: 'Ref A', url: 'https://example.com/a' }] },
      { id: 'AN0002', name: 'Windows logon', platforms: ['Windows'], description: 'Windows only', logSources: [] },
    ],
  }),
  raw('ccm-domain', { id: 'IAM', name: 'Identity & Access Management', order: 0 }),
  raw('ccm-control', { id: 'IAM-14', domain: 'IAM', title: 'Strong Authentication', order: 0, inMapping: true, nonMappable: false, specification: 'aligned', mappings: [{ technique: 'T1078.004', techniqueName: 'Cloud Accounts', rationale: 'r', attackVersion: '17.1' }] }),
  ...rules,
  raw('atomic-tests', {
    id: 'T1078.004',
    displayName: 'Cloud Accounts',
    path: 'atomics/T1078.004/T1078.004.yaml',
    url: 'https://github.com/redcanaryco/atomic-red-team/blob/61080b1946/atomics/T1078.004/T1078.004.yaml',
    tests: [
      {
        guid: 'aaaaaaaa-0000-4000-8000-000000000001',
        number: 1,
        name: `Hostile ${HOSTILE[2]}`,
        description: safeMdx(`Describes ${HOSTILE[0]}`),
        platforms: ['iaas:aws'],
        executor: { name: 'sh', elevationRequired: true, command: `aws iam ${HOSTILE[1]}`, cleanupCommand: 'aws iam delete-user' },
        inputArguments: [{ name: 'user', description: 'who', type: 'string', default: HOSTILE[0] }],
        dependencies: [{ description: 'aws cli', prereqCommand: 'which aws', getPrereqCommand: 'pip install awscli' }],
        dependencyExecutorName: 'sh',
      },
    ],
  }),
  raw('kubernetes-tactic', { id: 'initial-access', name: 'Initial Access', order: 0, attackTactic: 'TA0001', path: 'p', url: 'https://x.y/' }),
  raw('kubernetes-technique', { id: 'MS-TA9001', name: 'Using cloud credentials', tactics: ['initial-access'], attackTechniques: ['T1078.004'], path: 'p', url: 'https://x.y/' }, safeMdx(`First ${HOSTILE[0]} paragraph.\n\nSecond.`)),
  raw('kubernetes-mitigation', { id: 'MS-M9001', name: 'Multi-factor authentication', attackMitigations: ['M1032'], techniques: [{ id: 'MS-TA9001', description: 'Use MFA' }], path: 'p', url: 'https://x.y/' }, 'Use MFA everywhere.'),
];

const { parsed, problems: parseProblems } = validateRecords(records);
const { graph, problems } = buildGraph(parsed as never);
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

test('fixture graph is valid', () => {
  assert.deepEqual([...parseProblems, ...problems], []);
});

test('huntingViewFor (technique page): a summary of the Sigma rules, most severe first, parent rules labelled via their sub-technique', () => {
  const v = huntingViewFor('T1078', graph)!;
  assert.equal(v.sigma.total, 14);
  assert.equal(v.sigma.rules.length, TECHNIQUE_PAGE.sigma, 'the first TECHNIQUE_PAGE.sigma rules');
  assert.ok(v.sigma.rules.every((r) => !r.detail), 'no descriptions on the technique page');
  assert.equal(v.sigma.fullListHref, '/hunting/T1078/#sigma');
  assert.equal(v.huntingHref, '/hunting/T1078/');
  assert.deepEqual(v.sigma.rules.map((r) => r.level), [...v.sigma.rules.map((r) => r.level)].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b)), 'most severe first');
  assert.ok(v.sigma.rules.filter((r) => r.via.length).every((r) => r.via[0]!.id === 'T1078.004' && r.via[0]!.href === '/techniques/T1078/004/'));
  assert.equal(huntingViewFor('T9999', graph), undefined);
  assert.equal(huntingViewFor('T1003', graph)!.cloud, null, 'no cloud view for an on-premises technique');
  assert.equal(huntingViewFor('T1003', graph)!.huntingHref, null, 'nothing to hunt with, no hunting page');
});

test('huntingPageViewFor (/hunting/<id>/): every rule and test in full; pages only where there is something', () => {
  const v = huntingPageViewFor('T1078.004', graph)!;
  assert.equal(v.sigma.rules.length, 7);
  assert.ok(v.sigma.rules.every((r) => r.detail));
  assert.equal(v.sigma.fullListHref, null);
  assert.equal(v.atomic.tests[0]!.detail!.executor.command, `aws iam ${HOSTILE[1]}`);
  assert.deepEqual(v.parent, { id: 'T1078', name: 'Valid Accounts', href: '/techniques/T1078/' });
  assert.deepEqual(huntingPageIds(graph), ['T1078', 'T1078.004']);
  assert.equal(huntingPageViewFor('T1003', graph), undefined);
});

test('SigmaRules on the technique page: the first five credited and linked, YAML on demand, the rest counted and linked, hostile text inert', () => {
  const out = html(createElement(SigmaRules, huntingViewFor('T1078', graph)!.sigma));
  assert.ok(!out.includes('<script>alert'), 'no live script tag');
  assert.ok(out.includes('Hostile &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'hostile title shown as text');
  const shown = huntingViewFor('T1078', graph)!.sigma.rules;
  for (const r of shown) {
    const i = Number(r.sourceUrl.match(/r(\d+)\.yml$/)![1]);
    assert.ok(out.includes(`Author ${i}`), `author of rule ${i} credited`);
    assert.ok(out.includes(`href="https://github.com/SigmaHQ/sigma/blob/r2026-04-01/rules/cloud/r${i}.yml"`), `rule ${i} links to its source`);
  }
  assert.equal(shown.length, 5);
  assert.equal(out.match(/<summary>Rule YAML<\/summary>/g)?.length, 5, 'YAML for each, collapsed');
  assert.ok(out.includes(`href="/sigma-rules/${uuid(1)}.yml"`), 'without JavaScript the YAML is a link to the site’s copy');
  assert.ok(!out.includes('title: x'), 'the page does not carry the YAML itself');
  assert.ok(!out.includes('<details><summary>9'), 'no second tier on the page');
  assert.match(out, /9 more on the hunting page\. <a href="\/hunting\/T1078\/?#sigma">All 14 rules with descriptions/);
  assert.ok(out.includes('Detection Rule License (DRL) 1.1'));
});

test('SigmaRules caps what a page carries and says how many are left', () => {
  const v = sigmaView(graph, 'T1078', { limit: 5, detailed: false });
  assert.equal(v.rules.length, 5);
  const out = html(createElement(SigmaRules, v));
  assert.match(out, /9 more on the hunting page\./);
  assert.match(out, />All 14 rules with descriptions/);
});

test('SigmaRules on the hunting page: own rules in full (inert text, YAML), sub-technique rules in brief linking to their full entry', () => {
  const out = html(createElement(SigmaRules, huntingPageViewFor('T1078', graph)!.sigma));
  assert.ok(!out.includes('<script>alert') && !out.includes('<Foo'));
  assert.ok(out.includes('&lt;Foo bar={evil()} /&gt;'), 'JSX-like text shown as text');
  assert.ok(out.includes('False positives: {{ constructor.constructor(&quot;alert(1)&quot;)() }}'), 'template braces shown literally');
  // Rules 1, 3, … 13 are tagged T1078 (in full, with YAML); 2, 4, … 14 only T1078.004.
  assert.equal(out.match(/<summary>Rule YAML<\/summary>/g)?.length, 7);
  assert.equal(out.match(/<li id="sigma-/g)?.length, 14, 'every rule is listed');
  assert.match(out, new RegExp(`<a href="/hunting/T1078/004/?#sigma-${uuid(2)}">Rule 02</a>`), 'a sub-technique rule’s title leads to it in full');
  assert.ok(!out.includes('href="https://github.com/SigmaHQ/sigma/blob/r2026-04-01/rules/cloud/r2.yml"'), 'its source link is on that page');
  assert.match(out, /The 7 rules tagged only with a sub-technique are listed in brief \(the words filter finds them by title\)/);
  assert.ok(!out.includes('All 14 rules'), 'no link to itself');
  const sub = html(createElement(SigmaRules, huntingPageViewFor('T1078.004', graph)!.sigma));
  assert.ok(sub.includes(`id="sigma-${uuid(2)}"`) && sub.includes('href="https://github.com/SigmaHQ/sigma/blob/r2026-04-01/rules/cloud/r2.yml"'), 'the sub-technique page has it in full');
});

test('SigmaRules: a technique without rules says so', () => {
  const out = html(createElement(SigmaRules, huntingViewFor('T1003', graph)!.sigma));
  assert.match(out, /No rule in .*SigmaHQ release r2026-04-01.* is tagged with T1003/);
});

test('AtomicTests: the technique page lists tests and links each to its commands; the hunting page has them, copyable and inert', () => {
  const summary = html(createElement(AtomicTests, huntingViewFor('T1078.004', graph)!.atomic));
  assert.match(summary, /href="\/hunting\/T1078\/004\/?#atomic-aaaaaaaa-0000-4000-8000-000000000001"/);
  assert.ok(!summary.includes('aws iam delete-user'), 'no commands on the technique page');
  assert.ok(summary.includes('needs admin/root'));
  const out = html(createElement(AtomicTests, huntingPageViewFor('T1078.004', graph)!.atomic));
  assert.ok(!out.includes('<script>alert') && !out.includes('<Foo'));
  assert.ok(out.includes('aws iam {{ constructor.constructor(&quot;alert(1)&quot;)() }}'));
  assert.ok(out.includes('aws iam delete-user'));
  assert.ok(out.includes('Invoke-AtomicTest T1078.004 -TestGuids aaaaaaaa-0000-4000-8000-000000000001'));
  assert.ok(out.includes('© 2018 Red Canary, Inc.') && out.includes('MIT License'));
  const parent = atomicView(graph, 'T1078');
  assert.deepEqual(parent.subtechniques.map((s) => [s.id, s.count]), [['T1078.004', 1]], 'the parent points to its sub-technique’s tests');
});

test('KubernetesEntries: links the Kubernetes technique, its tactics and mitigations, with CC BY 4.0 attribution', () => {
  const v = huntingViewFor('T1078.004', graph)!.kubernetes;
  const out = html(createElement(KubernetesEntries, v));
  assert.match(out, /href="\/kubernetes\/MS-TA9001\/?"/);
  assert.match(out, /href="\/kubernetes\/MS-M9001\/?"/);
  assert.ok(out.includes('First &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; paragraph.'));
  assert.ok(!out.includes('Second.'), 'summary is the first paragraph');
  assert.ok(out.includes('CC BY 4.0') && out.includes('Microsoft'));
  assert.equal(html(createElement(KubernetesEntries, huntingViewFor('T1003', graph)!.kubernetes)), '', 'nothing for techniques without entries');
  const m = html(createElement(KubernetesMitigationEntries, kubernetesForMitigation('M1032', graph)));
  assert.match(m, /MS-M9001 Multi-factor authentication/);
});

test('CloudView: cloud platforms, only their analytics, and CCM controls together', () => {
  const v = huntingViewFor('T1078.004', graph)!.cloud!;
  assert.deepEqual(v.platforms, ['IaaS', 'SaaS', 'Office Suite', 'Identity Provider']);
  assert.deepEqual(v.analytics.map((a) => a.id), ['AN0001']);
  const out = html(createElement(CloudView, v));
  assert.ok(out.includes('IAM-14') && out.includes('Strong Authentication'));
  assert.ok(out.includes('ATT&amp;CK 17.1'), 'the mapping’s ATT&CK version is shown');
  assert.ok(out.includes('User Account Authentication') && out.includes('AWS:CloudTrail: ConsoleLogin'), 'what to collect');
  assert.match(out, /href="\/detection-strategies\/DET0001\/?"/);
  assert.ok(!out.includes('AN0002'), 'Windows-only analytic left out');
  // On a technique page the CCM table is above: the controls link to its rows instead.
  const onPage = html(createElement(CloudView, { ...v, controlsOnPage: true }));
  assert.match(onPage, /in the CCM table above: <span><a href="#ccm-IAM-14">IAM-14<\/a>/);
  assert.ok(!onPage.includes('Strong Authentication'), 'no second list of titles');
});

test('huntingCounts: per technique, for matrix filters', () => {
  const counts = huntingCounts(graph);
  assert.deepEqual(counts.get('T1078'), { sigma: 14, sigmaDirect: 7, atomic: 0, kubernetes: 1 });
  assert.deepEqual(counts.get('T1078.004'), { sigma: 7, sigmaDirect: 7, atomic: 1, kubernetes: 1 });
  assert.equal(counts.has('T1003'), false);
});
