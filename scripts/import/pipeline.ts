/**
 * Sources → files, shared by the CLI (index.ts) and the tests that check the committed content/
 * against the vendored data: loads each source (pinned, or a path/URL override), runs the import
 * and serialises the records.
 */
import { HUNTING_REFS, readHuntingArchive, type HuntingInputs } from './hunting';
import { loadSource, loadSourceBytes, PINNED, type HuntingRole, type LoadedSource, type PinnedSource } from './sources';
import { runImport } from './run';
import { importSnapshot } from './snapshot';
import { filesFor } from './write';
import { SNAPSHOTS, type SnapshotConfig } from '../snapshots';

export interface SourceOverrides {
  attack?: string;
  attackVersion?: string;
  attackMappingEra?: string;
  attackMappingEraVersion?: string;
  mapping?: string;
  ccmDescriptions?: string;
  ccmDomains?: string;
  /** ATT&CK history file (issue 17): path or URL. */
  history?: string;
  /** Hunting archives (Sigma, Atomic Red Team, Threat Matrix for Kubernetes): path or URL, and the ref source links point at. */
  sigma?: string;
  sigmaRef?: string;
  atomic?: string;
  atomicRef?: string;
  kubernetes?: string;
  kubernetesRef?: string;
  noHunting?: boolean;
  /** Frozen snapshots to import beside the current release (default: scripts/snapshots.ts). */
  snapshots?: readonly SnapshotConfig[];
}

export async function importFromSources(overrides: SourceOverrides = {}) {
  const roles = ['attack', 'attackMappingEra', 'mapping', 'ccmDescriptions', 'ccmDomains', 'history'] as const satisfies readonly PinnedSource['role'][];
  const loaded = await Promise.all(roles.map((role) => loadSource(role, overrides[role])));
  const byRole = Object.fromEntries(roles.map((role, i) => [role, loaded[i]!])) as Record<(typeof roles)[number], LoadedSource>;
  const sources: { role: string; file: string; sha256: string; origin: string; license: string }[] = roles.map((role) => {
    const s = byRole[role];
    return {
      role,
      file: s.pinned ? PINNED[role].file : s.location,
      sha256: s.sha256,
      origin: s.pinned ? PINNED[role].origin : s.location,
      license: PINNED[role].license,
    };
  });
  const huntingRoles: HuntingRole[] = overrides.noHunting ? [] : ['sigma', 'atomic', 'kubernetes'];
  const hunting: HuntingInputs = {};
  const refs = { sigma: overrides.sigmaRef, atomic: overrides.atomicRef, kubernetes: overrides.kubernetesRef };
  for (const role of huntingRoles) {
    const override = overrides[role];
    const src = await loadSourceBytes(role, override);
    const ref = refs[role] ?? HUNTING_REFS[role].ref;
    if (override && ref === HUNTING_REFS[role].ref) console.warn(`warning: --${role} given without --${role}-ref; source links will point at ${ref}`);
    hunting[role] = { files: await readHuntingArchive(role, src.bytes, src.where), repo: HUNTING_REFS[role].repo, ref };
    sources.push({ role, file: src.pinned ? PINNED[role].file : src.location, sha256: src.sha256, origin: src.pinned ? PINNED[role].origin : src.location, license: PINNED[role].license });
    (byRole as Record<string, { location: string; where: string; sha256: string; pinned: boolean }>)[role] = src;
  }
  const { records, notes } = runImport({
    attack: { text: byRole.attack.text, version: overrides.attackVersion ?? '18.1' },
    attackMappingEra: { text: byRole.attackMappingEra.text, version: overrides.attackMappingEraVersion ?? '17.1' },
    mapping: byRole.mapping.text,
    ccmDescriptions: byRole.ccmDescriptions.text,
    ccmDomains: byRole.ccmDomains.text,
    history: byRole.history.text,
    sources,
    hunting,
    locations: Object.fromEntries(roles.map((role) => [role, byRole[role].where])),
  });
  // Snapshots (issue 17): each into content/versions/v<release>/; the current meta lists them.
  const version = overrides.attackVersion ?? '18.1';
  const meta = records.find((r) => r.kind === 'site-meta')!;
  const releases = (meta.frontmatter.history as { releases: { version: string; date: string }[] } | undefined)?.releases ?? [];
  const snapshots = [];
  for (const config of overrides.snapshots ?? SNAPSHOTS) {
    if (config.release === version) throw new Error(`snapshot ${config.release} is the current release: import the next release as current first`);
    snapshots.push(await importSnapshot(config, { mapping: byRole.mapping, ccmDescriptions: byRole.ccmDescriptions, ccmDomains: byRole.ccmDomains }, { records, version, releases }));
  }
  if (snapshots.length) meta.frontmatter.snapshots = snapshots.map((s) => s.listed);
  return {
    loaded: byRole,
    records,
    notes,
    files: filesFor(records),
    snapshots: snapshots.map((s) => ({ release: s.release, records: s.records, files: filesFor(s.records) })),
  };
}
