/**
 * The hunting import over the real vendored archives. The expected figures are the ones the
 * team's data README states for these pinned releases (measured independently of this code):
 * Sigma r2026-04-01: 3,728 rules, 3,259 tagged attack.tXXXX, covering 397 techniques, all valid
 * in ATT&CK 18.1; Atomic Red Team 61080b1946: 333 techniques, 1,790 tests; Threat Matrix for
 * Kubernetes b885d18: 40 techniques (36 with an ATT&CK id), 32 mitigations, 10 tactics.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHuntingArchive } from './hunting';
import { runImport } from './run';
import { loadSource, loadSourceBytes, PINNED } from './sources';

const load = async () => {
  const [attack, mapping, descriptions, domains, sigma, atomic, kubernetes] = await Promise.all([
    loadSource('attack'),
    loadSource('mapping'),
    loadSource('ccmDescriptions'),
    loadSource('ccmDomains'),
    loadSourceBytes('sigma'),
    loadSourceBytes('atomic'),
    loadSourceBytes('kubernetes'),
  ]);
  const t0 = performance.now();
  const hunting = {
    sigma: { files: await readHuntingArchive('sigma', sigma.bytes), repo: 'SigmaHQ/sigma', ref: 'r2026-04-01' },
    atomic: { files: await readHuntingArchive('atomic', atomic.bytes), repo: 'redcanaryco/atomic-red-team', ref: '61080b1946' },
    kubernetes: { files: await readHuntingArchive('kubernetes', kubernetes.bytes), repo: 'microsoft/Threat-Matrix-for-Kubernetes', ref: 'b885d18' },
  };
  const readSeconds = (performance.now() - t0) / 1000;
  const sources = (['sigma', 'atomic', 'kubernetes'] as const).map((role) => ({ ...PINNED[role], role }));
  const result = runImport({
    attack: { text: attack.text, version: '18.1' },
    attackMappingEra: null,
    mapping: mapping.text,
    ccmDescriptions: descriptions.text,
    ccmDomains: domains.text,
    sources,
    hunting,
  });
  return { ...result, readSeconds };
};
const imported = load();

test('real data: Sigma r2026-04-01 counts match the pinned release', async () => {
  const { huntingStats, records, notes } = await imported;
  assert.deepEqual(huntingStats?.sigma, { rules: 3728, tagged: 3259, techniques: 397, written: 3259, skipped: 0 });
  assert.equal(records.filter((r) => r.kind === 'sigma-rule').length, 3259);
  const sigmaNotes = notes.filter((n) => n.source.startsWith('SigmaHQ'));
  assert.deepEqual(
    sigmaNotes.filter((n) => !n.problem.includes('citation markers')),
    [],
    'every tag names a technique of ATT&CK 18.1, so nothing needed correcting',
  );
  // The only corrections: descriptions that copy ATT&CK's `(Citation: …)` markers (shown literally on 7 hunting pages before).
  const cited = records.filter((r) => r.kind === 'sigma-rule' && sigmaNotes.some((n) => n.subject.startsWith(`${r.id} `)));
  assert.equal(cited.length, sigmaNotes.length);
  assert.ok(cited.length >= 10, `${cited.length} rules`);
  for (const r of records) if (r.kind === 'sigma-rule') assert.ok(!String(r.frontmatter.description).includes('(Citation:'), `${r.id}: no citation marker left`);
  const t1133 = records.filter((r) => r.kind === 'sigma-rule' && (r.frontmatter.techniques as string[]).includes('T1133'));
  assert.ok(t1133.length > 0, 'T1133 has Sigma rules');
  assert.ok(t1133.every((r) => (r.frontmatter.url as string).startsWith('https://github.com/SigmaHQ/sigma/blob/r2026-04-01/rules')));
});

test('real data: Atomic Red Team 61080b1946 has 333 techniques and 1,790 tests', async () => {
  const { huntingStats, records } = await imported;
  assert.deepEqual(huntingStats?.atomic, { techniques: 333, tests: 1790, written: 333, writtenTests: 1790 });
  const t1133 = records.find((r) => r.kind === 'atomic-tests' && r.id === 'T1133');
  assert.ok(t1133, 'atomics/T1133/T1133.yaml is imported');
});

test('real data: Threat Matrix for Kubernetes b885d18 — 40 techniques (36 mapped), 32 mitigations, 10 tactics; T1133 ← MS-TA9005', async () => {
  const { huntingStats, records } = await imported;
  assert.deepEqual(huntingStats?.kubernetes, { tactics: 10, techniques: 40, withAttack: 36, mitigations: 32, subMitigations: 3 });
  const ta9005 = records.find((r) => r.kind === 'kubernetes-technique' && r.id === 'MS-TA9005');
  assert.equal(ta9005?.frontmatter.name, 'Exposed sensitive interfaces');
  assert.deepEqual(ta9005?.frontmatter.attackTechniques, ['T1133']);
  assert.deepEqual(ta9005?.frontmatter.tactics, ['initial-access', 'discovery']);
  const mapsToT1133 = records.filter((r) => r.kind === 'kubernetes-technique' && (r.frontmatter.attackTechniques as string[]).includes('T1133')).map((r) => r.id);
  assert.deepEqual(mapsToT1133, ['MS-TA9005']);
  const m9001 = records.find((r) => r.kind === 'kubernetes-mitigation' && r.id === 'MS-M9001');
  assert.deepEqual(m9001?.frontmatter.attackMitigations, ['M1032']);
});

test('real data: the site meta lists the three archives with their checksums for the About page', async () => {
  const { records } = await imported;
  const meta = records.find((r) => r.kind === 'site-meta')!.frontmatter as { sources: { role: string; sha256: string; license: string }[]; hunting: Record<string, unknown> };
  for (const role of ['sigma', 'atomic', 'kubernetes'] as const) {
    const s = meta.sources.find((x) => x.role === role);
    assert.equal(s?.sha256, PINNED[role].sha256);
  }
  assert.deepEqual(Object.keys(meta.hunting), ['sigma', 'atomic', 'kubernetes']);
});

test('real data: reading the three archives stays fast', async () => {
  const { readSeconds } = await imported;
  assert.ok(readSeconds < 10, `read in ${readSeconds.toFixed(1)} s`);
});
