/**
 * Where upstream data comes from. The pinned files are vendored under ./upstream with their
 * SHA-256; the import refuses a pinned file whose checksum differs. Any source may instead be
 * given as a local path or an http(s) URL (a newer release); those are read as-is and their
 * checksum is printed so it can be pinned.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipIfGzip, InputError, utf8 } from './input';

export const UPSTREAM_DIR = path.join(import.meta.dirname, 'upstream');

export interface PinnedSource {
  role: 'attack' | 'attackMappingEra' | 'mapping' | 'ccmDescriptions' | 'ccmDomains' | 'history' | HuntingRole;
  /** File name inside scripts/import/upstream/. */
  file: string;
  sha256: string;
  /** Public download address of the same release (content identical up to re-packing). */
  origin: string;
  license: string;
}

/** Hunting sources (issue 6): tar archives, read with node-tar by scripts/import/hunting.ts. */
export type HuntingRole = 'sigma' | 'atomic' | 'kubernetes';

export const PINNED: Record<PinnedSource['role'], PinnedSource> = {
  attack: {
    role: 'attack',
    file: 'enterprise-attack-18.1.json.gz',
    sha256: '1f33bb3b16080c39da89ec7a71ec58b52282768d79f7c1ef4f2078ce7b3b7207',
    origin: 'https://raw.githubusercontent.com/mitre/cti/ATT%26CK-v18.1/enterprise-attack/enterprise-attack.json',
    license: 'MITRE ATT&CK Terms of Use',
  },
  attackMappingEra: {
    role: 'attackMappingEra',
    file: 'enterprise-attack-17.1.json.gz',
    sha256: '8224bc7fcce21a80365ff187c0255636aa6b6107739b35e70ba1b8c3802df5aa',
    origin: 'https://raw.githubusercontent.com/mitre/cti/ATT%26CK-v17.1/enterprise-attack/enterprise-attack.json',
    license: 'MITRE ATT&CK Terms of Use',
  },
  // Derived from mitre/cti (not an upstream file): per release, what changed for each object
  // with an ATT&CK id, v1.0–v18.1 (issue 17; PROVENANCE.md says how it was made).
  history: {
    role: 'history',
    file: 'enterprise-attack-history-1.0-18.1.json.gz',
    sha256: 'b6ed59873f579dff397fd11a1c4ae42beb13546615ae6028be594d2855809630',
    origin: 'https://github.com/mitre/cti (enterprise-attack/enterprise-attack.json at each ATT&CK-vX.Y tag, v1.0–v18.1)',
    license: 'MITRE ATT&CK Terms of Use',
  },
  mapping: {
    role: 'mapping',
    file: 'csa_ccm-4.1_attack-17.1-enterprise.json',
    sha256: '468f64848a458a0291347f3e75136024a7e0bfc9dc6ed37580824d03a9b69c73',
    origin:
      'https://raw.githubusercontent.com/center-for-threat-informed-defense/mappings-explorer/main/mappings/csa_ccm/attack-17.1/csa_ccm-4.1/enterprise/csa_ccm-4.1_attack-17.1-enterprise.json',
    license: 'Apache-2.0 (Mappings Explorer); CCM content © Cloud Security Alliance',
  },
  ccmDescriptions: {
    role: 'ccmDescriptions',
    file: 'csa_ccm-4.1_descriptions.json',
    sha256: 'a4af563a9f79ce96ad34c746a61f6966a3caca102aebe1f7cffd0e107e441b20',
    origin:
      'https://raw.githubusercontent.com/center-for-threat-informed-defense/mappings-explorer/main/src/mapex_convert/mappings/csa_ccm/csa_ccm-4.1_descriptions.json',
    license: 'Apache-2.0 (Mappings Explorer); CCM content © Cloud Security Alliance',
  },
  ccmDomains: {
    role: 'ccmDomains',
    file: 'csa_ccm-4.1_group_descriptions.json',
    sha256: 'da41e821b6a736410ff88a5313d95665ec8ef02568e30829a627d9393e91ae48',
    origin:
      'https://raw.githubusercontent.com/center-for-threat-informed-defense/mappings-explorer/main/src/mapex_convert/mappings/csa_ccm/csa_ccm-4.1_group_descriptions.json',
    license: 'Apache-2.0 (Mappings Explorer); CCM content © Cloud Security Alliance',
  },
  // --- hunting sources (issue 6)
  sigma: {
    role: 'sigma',
    file: 'sigma-r2026-04-01-rules.tar.gz',
    sha256: '00ef2466c06e7801a71c4dcfb29479d1d61ab49e923214a84ce9df1ee2b10bd0',
    origin: 'https://github.com/SigmaHQ/sigma/archive/refs/tags/r2026-04-01.tar.gz',
    license: 'Detection Rule License (DRL) 1.1; rules © their authors',
  },
  atomic: {
    role: 'atomic',
    file: 'atomic-red-team-61080b1946-atomics.tar.gz',
    sha256: 'e4078a818f6f6e146c21ec93699f14fffaefca1e28c9be46aa940ef9af612845',
    origin: 'https://github.com/redcanaryco/atomic-red-team/archive/61080b1946.tar.gz',
    license: 'MIT; © 2018 Red Canary, Inc.',
  },
  kubernetes: {
    role: 'kubernetes',
    file: 'threat-matrix-for-kubernetes-b885d18.tar.gz',
    sha256: '5589f1a1fc1985bf57f90f2ef564126ab438d3bd4b2d3e4995aa1ae3e8e9ef58',
    origin: 'https://github.com/microsoft/Threat-Matrix-for-Kubernetes/archive/b885d18.tar.gz',
    license: 'CC BY 4.0; © Microsoft Corporation',
  },
};

export interface LoadedSource {
  /** What the user gave (path or URL), or the vendored file name. */
  location: string;
  /** The file as error messages name it: the path or URL given, or scripts/import/upstream/<file>. */
  where: string;
  sha256: string;
  pinned: boolean;
  text: string;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function readBytes(location: string): Promise<Buffer> {
  if (/^https?:\/\//.test(location)) {
    let res: Response;
    try {
      res = await fetch(location);
    } catch (e) {
      throw new InputError(location, `download failed (${(e as Error).message})`);
    }
    if (!res.ok) throw new InputError(location, `download failed: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
  try {
    return await readFile(location);
  } catch (e) {
    // "ENOENT: no such file or directory, open '<path>'": the path is already at the start of the line.
    throw new InputError(location, `cannot be read (${(e as Error).message.replace(/, \w+ '.*'$/, '')})`);
  }
}

/** gzip magic number: accept .gz files and plain JSON alike, whatever the name says. */
const decode = (bytes: Buffer, where: string) => utf8(gunzipIfGzip(bytes, where), where);

/** The bytes of one source: the override as-is, or the vendored pinned file, checksum-verified. */
async function readSourceBytes(role: PinnedSource['role'], override?: string) {
  if (override) {
    const bytes = await readBytes(override);
    return { location: override, where: override, sha256: sha256(bytes), pinned: false, bytes };
  }
  const pin = PINNED[role];
  const where = `scripts/import/upstream/${pin.file}`;
  const bytes = await readBytes(path.join(UPSTREAM_DIR, pin.file));
  const actual = sha256(bytes);
  if (actual !== pin.sha256) throw new InputError(where, `checksum mismatch: expected ${pin.sha256}, got ${actual}`);
  return { location: pin.file, where, sha256: actual, pinned: true, bytes };
}

/**
 * Reads one source. Without an override, the vendored pinned file is read and its checksum must
 * match; with one, the path or URL is read and its checksum reported.
 */
export async function loadSource(role: PinnedSource['role'], override?: string): Promise<LoadedSource> {
  const { bytes, ...src } = await readSourceBytes(role, override);
  return { ...src, text: decode(bytes, src.where) };
}

/** Like loadSource, for binary sources (tar archives): the bytes, checksum-verified when pinned. */
export async function loadSourceBytes(role: PinnedSource['role'], override?: string): Promise<Omit<LoadedSource, 'text'> & { bytes: Buffer }> {
  return readSourceBytes(role, override);
}
