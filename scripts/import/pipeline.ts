/**
 * Sources → files, shared by the CLI (index.ts) and the tests that check the committed content/
 * against the vendored data: loads each source (pinned, or a path/URL override), runs the import
 * and serialises the records.
 */
import { loadSource, PINNED, type LoadedSource, type PinnedSource } from './sources';
import { runImport } from './run';
import { filesFor } from './write';

export interface SourceOverrides {
  attack?: string;
  attackVersion?: string;
  attackMappingEra?: string;
  attackMappingEraVersion?: string;
  mapping?: string;
  ccmDescriptions?: string;
  ccmDomains?: string;
}

export async function importFromSources(overrides: SourceOverrides = {}) {
  const roles = ['attack', 'attackMappingEra', 'mapping', 'ccmDescriptions', 'ccmDomains'] as const satisfies readonly PinnedSource['role'][];
  const loaded = await Promise.all(roles.map((role) => loadSource(role, overrides[role])));
  const byRole = Object.fromEntries(roles.map((role, i) => [role, loaded[i]!])) as Record<(typeof roles)[number], LoadedSource>;
  const sources = roles.map((role) => {
    const s = byRole[role];
    return {
      role,
      file: s.pinned ? PINNED[role].file : s.location,
      sha256: s.sha256,
      origin: s.pinned ? PINNED[role].origin : s.location,
      license: PINNED[role].license,
    };
  });
  const { records, notes } = runImport({
    attack: { text: byRole.attack.text, version: overrides.attackVersion ?? '18.1' },
    attackMappingEra: { text: byRole.attackMappingEra.text, version: overrides.attackMappingEraVersion ?? '17.1' },
    mapping: byRole.mapping.text,
    ccmDescriptions: byRole.ccmDescriptions.text,
    ccmDomains: byRole.ccmDomains.text,
    sources,
  });
  return { loaded: byRole, records, notes, files: filesFor(records) };
}
