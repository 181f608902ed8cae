import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGraph } from './graph';
import type { RawRecord } from './loader';
import { validateRecords } from './loader';
import { CONTENT_DIRS, type ContentKind } from './schema';

const raw = (kind: ContentKind, data: Record<string, unknown>, body = ''): RawRecord => ({
  kind,
  file: `content/${CONTENT_DIRS[kind]}/${String(data.id ?? 'site').replace(/&/g, '')}.mdx`,
  data: { kind, ...data },
  body,
});
const technique = (id: string, extra: Record<string, unknown> = {}) =>
  raw('technique', { id, stixId: `attack-pattern--${id}`, name: `Technique ${id}`, status: 'live', created: '2020', modified: '2024', isSubtechnique: id.includes('.'), ...extra });
const site = raw('site-meta', {
  attack: { version: '18.1', domain: 'enterprise-attack' },
  ccm: { version: 'v4.1' },
  mapping: { framework: 'csa_ccm', frameworkVersion: 'v4.1', attackVersion: '17.1', created: 'x', updated: 'y', types: {}, rows: 0 },
  sources: [],
  dataNotes: [],
});
const rule = (id: string, techniques: string[], level = 'high', status = 'test', title = `Rule ${id}`) =>
  raw('sigma-rule', {
    id,
    title,
    status,
    level,
    techniques,
    logsource: { product: 'windows' },
    author: 'A',
    path: `rules/${id}.yml`,
    url: `https://github.com/SigmaHQ/sigma/blob/r/rules/${id}.yml`,
  });
const uuid = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;

function graphOf(records: RawRecord[]) {
  const { parsed, problems } = validateRecords(records);
  assert.deepEqual(problems, [], 'fixtures are valid frontmatter');
  return buildGraph(parsed as never);
}

const BASE = [site, technique('T1078'), technique('T1078.004'), technique('T1078.003'), technique('T1133'), raw('tactic', { id: 'TA0001', stixId: 's', name: 'Initial Access', status: 'live', created: 'x', modified: 'y', shortname: 'initial-access', order: 0 }), raw('mitigation', { id: 'M1032', stixId: 'm', name: 'MFA', status: 'live', created: 'x', modified: 'y' })];

test('sigma rules are listed per technique, most severe and most mature first; parents show sub-technique rules labelled', () => {
  const { graph, problems } = graphOf([
    ...BASE,
    rule(uuid(1), ['T1078.004'], 'medium'),
    rule(uuid(2), ['T1078', 'T1078.004'], 'high', 'experimental'),
    rule(uuid(3), ['T1078.003', 'T1078.004'], 'critical', 'test'),
    rule(uuid(4), ['T1078'], 'critical', 'stable'),
    rule(uuid(5), ['T1133'], 'informational'),
  ]);
  assert.deepEqual(problems, []);
  const t1078 = graph.sigmaByTechnique.get('T1078')!.map((x) => [x.item.id, x.via]);
  assert.deepEqual(t1078, [
    [uuid(4), []],
    [uuid(3), ['T1078.003', 'T1078.004']],
    [uuid(2), []],
    [uuid(1), ['T1078.004']],
  ]);
  assert.deepEqual(
    graph.sigmaByTechnique.get('T1078.004')!.map((x) => x.item.id),
    [uuid(3), uuid(2), uuid(1)],
  );
  assert.equal(graph.sigmaRules.size, 5);
});

test('every id a hunting record names must exist; problems name the file and the field', () => {
  const { problems } = graphOf([
    ...BASE,
    rule(uuid(1), ['T1133', 'T9999']),
    raw('atomic-tests', {
      id: 'T1999',
      displayName: 'x',
      path: 'atomics/T1999/T1999.yaml',
      url: 'https://github.com/x/y',
      tests: [1, 2].map((number) => ({ guid: 'aaaaaaa7-0000-4000-8000-000000000000', number, name: 'n', executor: { name: 'sh', elevationRequired: false, command: 'x' } })),
    }),
    raw('kubernetes-tactic', { id: 'initial-access', name: 'Initial Access', order: 0, attackTactic: 'TA0099', path: 'p', url: 'https://x.y/' }),
    raw('kubernetes-technique', { id: 'MS-TA9005', name: 'Exposed', tactics: ['initial-access', 'nowhere'], attackTechniques: ['T1133', 'T1888'], path: 'p', url: 'https://x.y/' }),
    raw('kubernetes-mitigation', { id: 'MS-M9001', name: 'MFA', attackMitigations: ['M1032', 'M1999'], techniques: [{ id: 'MS-TA9005', description: 'd' }, { id: 'MS-TA9077', description: 'd' }], path: 'p', url: 'https://x.y/' }),
    raw('kubernetes-mitigation', { id: 'MS-M9005.001', name: 'Gate', parent: 'MS-M9006', path: 'p', url: 'https://x.y/' }),
  ]);
  assert.deepEqual(problems.sort(), [
    'content/atomic-tests/T1999.mdx: id: unknown technique "T1999"',
    'content/atomic-tests/T1999.mdx: tests[1].guid: "aaaaaaa7-0000-4000-8000-000000000000" repeats an earlier test',
    'content/kubernetes/mitigations/MS-M9001.mdx: attackMitigations[1]: unknown ATT&CK mitigation "M1999"',
    'content/kubernetes/mitigations/MS-M9001.mdx: techniques[1].id: unknown Kubernetes technique "MS-TA9077"',
    'content/kubernetes/mitigations/MS-M9005.001.mdx: parent: "MS-M9006" does not match the id',
    'content/kubernetes/mitigations/MS-M9005.001.mdx: parent: unknown Kubernetes mitigation "MS-M9006"',
    'content/kubernetes/tactics/initial-access.mdx: attackTactic: unknown ATT&CK tactic "TA0099"',
    'content/kubernetes/techniques/MS-TA9005.mdx: attackTechniques[1]: unknown technique "T1888"',
    'content/kubernetes/techniques/MS-TA9005.mdx: tactics[1]: unknown Kubernetes tactic "nowhere"',
    `content/sigma-rules/${uuid(1)}.mdx: techniques[1]: unknown technique "T9999"`,
  ]);
});

test('kubernetes techniques index by ATT&CK technique (parents labelled) and mitigations by ATT&CK mitigation', () => {
  const { graph, problems } = graphOf([
    ...BASE,
    raw('kubernetes-tactic', { id: 'initial-access', name: 'Initial Access', order: 0, attackTactic: 'TA0001', path: 'p', url: 'https://x.y/' }),
    raw('kubernetes-technique', { id: 'MS-TA9001', name: 'Cloud creds', tactics: ['initial-access'], attackTechniques: ['T1078.004'], path: 'p', url: 'https://x.y/' }),
    raw('kubernetes-technique', { id: 'MS-TA9005', name: 'Exposed', tactics: ['initial-access'], attackTechniques: ['T1133'], path: 'p', url: 'https://x.y/' }),
    raw('kubernetes-mitigation', { id: 'MS-M9001', name: 'MFA', attackMitigations: ['M1032'], techniques: [{ id: 'MS-TA9001', description: 'use MFA', techniqueDescription: 'MFA for cloud accounts' }], path: 'p', url: 'https://x.y/' }),
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(graph.kubernetesByTechnique.get('T1133')!.map((x) => [x.item.id, x.via]), [['MS-TA9005', []]]);
  assert.deepEqual(graph.kubernetesByTechnique.get('T1078')!.map((x) => [x.item.id, x.via]), [['MS-TA9001', ['T1078.004']]]);
  assert.deepEqual(graph.kubernetesByMitigation.get('M1032')!.map((m) => m.id), ['MS-M9001']);
  assert.deepEqual(graph.kubernetesMitigationsByTechnique.get('MS-TA9001')!.map((x) => [x.mitigation.id, x.description]), [['MS-M9001', 'MFA for cloud accounts']], 'the technique page shows its own wording');
  assert.deepEqual(graph.kubernetesTechniquesByTactic.get('initial-access')!.map((k) => k.id), ['MS-TA9001', 'MS-TA9005']);
});
