/**
 * The hunting part of the import (issue 6): Sigma rules, Atomic Red Team tests and the Microsoft
 * Threat Matrix for Kubernetes, each read from a tar archive, resolved against the ATT&CK
 * records the import just built. Called by runImport (run.ts); the CLI (index.ts) reads the
 * archives with node-tar.
 */
import type { HuntingMeta } from '../../app/_lib/content/schema';
import type { ArchiveFiles } from './archive';
import { readTarArchive } from './archive';
import type { ContentRecord } from './attack';
import { importAtomic, ATOMIC_PATH, type AtomicStats } from './atomic';
import type { AttackIndex, NoteSink } from './hunting-common';
import { importKubernetes, KUBERNETES_DOC_PATH, type KubernetesStats } from './kubernetes';
import { importSigma, SIGMA_RULE_PATH, type SigmaStats } from './sigma';

/** GitHub repository and ref of each pinned release: source links on the site point there. */
export const HUNTING_REFS = {
  sigma: { repo: 'SigmaHQ/sigma', ref: 'r2026-04-01' },
  atomic: { repo: 'redcanaryco/atomic-red-team', ref: '61080b1946' },
  kubernetes: { repo: 'microsoft/Threat-Matrix-for-Kubernetes', ref: 'b885d18' },
} as const;

export interface HuntingSource {
  files: ArchiveFiles;
  repo: string;
  ref: string;
}

export interface HuntingInputs {
  sigma?: HuntingSource;
  atomic?: HuntingSource;
  kubernetes?: HuntingSource;
}

export interface HuntingStats {
  sigma?: SigmaStats;
  atomic?: AtomicStats;
  kubernetes?: KubernetesStats;
}

/** Which archive members each importer needs (GitHub's full-repository archives hold far more). */
export const HUNTING_ACCEPT = {
  sigma: (p: string) => SIGMA_RULE_PATH.test(p),
  atomic: (p: string) => ATOMIC_PATH.test(p),
  kubernetes: (p: string) => KUBERNETES_DOC_PATH.test(p),
} as const;

/** `file` names the archive in error messages. */
export const readHuntingArchive = (role: keyof typeof HUNTING_ACCEPT, bytes: Buffer, file: string = role) => readTarArchive(bytes, HUNTING_ACCEPT[role], file);

/** Index of the ATT&CK records the import wrote, for resolving upstream ids. */
export function attackIndexOf(records: readonly ContentRecord[]): AttackIndex {
  type Fm = { name: string; status: 'live' | 'deprecated' | 'revoked'; revokedBy?: string; order?: number };
  const of = (kind: string) => records.filter((r) => r.kind === kind).map((r) => [r.id, r.frontmatter as Fm] as const);
  return {
    techniques: new Map(of('technique').map(([id, f]) => [id, { status: f.status, name: f.name, ...(f.revokedBy ? { revokedBy: f.revokedBy } : {}) }])),
    mitigations: new Map(of('mitigation').map(([id, f]) => [id, { status: f.status, name: f.name }])),
    tacticsByName: new Map(of('tactic').filter(([, f]) => f.status === 'live').map(([id, f]) => [f.name, { id, order: f.order ?? 0 }])),
  };
}

export function importHunting(
  inputs: HuntingInputs,
  attackRecords: readonly ContentRecord[],
  attackVersion: string,
  note: NoteSink,
): { records: ContentRecord[]; meta: HuntingMeta; stats: HuntingStats } {
  const attack = attackIndexOf(attackRecords);
  const records: ContentRecord[] = [];
  const meta: HuntingMeta = {};
  const stats: HuntingStats = {};
  if (inputs.sigma) {
    const { repo, ref } = inputs.sigma;
    const r = importSigma(inputs.sigma.files, attack, note, { repo, ref, source: `SigmaHQ ${ref}`, attackVersion });
    records.push(...r.records);
    stats.sigma = r.stats;
    meta.sigma = { repo, ref, rules: r.stats.written, techniques: new Set(r.records.flatMap((x) => x.frontmatter.techniques as string[])).size };
  }
  if (inputs.atomic) {
    const { repo, ref } = inputs.atomic;
    const r = importAtomic(inputs.atomic.files, attack, note, { repo, ref, source: `Atomic Red Team ${ref}`, attackVersion });
    records.push(...r.records);
    stats.atomic = r.stats;
    meta.atomic = { repo, ref, techniques: r.stats.written, tests: r.stats.writtenTests };
  }
  if (inputs.kubernetes) {
    const { repo, ref } = inputs.kubernetes;
    const r = importKubernetes(inputs.kubernetes.files, attack, note, { repo, ref, source: `Threat Matrix for Kubernetes ${ref}`, attackVersion });
    records.push(...r.records);
    stats.kubernetes = r.stats;
    meta.kubernetes = { repo, ref, techniques: r.stats.techniques, mitigations: r.stats.mitigations };
  }
  return { records, meta, stats };
}
