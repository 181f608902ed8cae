/**
 * Frozen release snapshots (issue 17): the import of an earlier ATT&CK release, with the same CCM
 * mapping (the one made against 17.1: "as published"), into content/versions/v<release>/, and
 * the two lists that tie it to the current release:
 * - in the snapshot's meta, `snapshot`: when the release was live (the history file's release
 *   dates: from its own date to the next release's) and, for each of its pages whose id is not a
 *   live page of the same kind in the current release, what became of it (deprecated, revoked by
 *   …, a former-object page, gone);
 * - in the current meta, `snapshots`: each snapshot's dates and the ids it has pages for, so the
 *   current pages can link to their frozen copies.
 * Sigma, Atomic Red Team and Kubernetes are imported only for a snapshot configured with
 * `hunting` (scripts/snapshots.ts); the history file is not (a frozen page shows the release,
 * not what came after; the current page has the history).
 */
import type { SnapshotInfo, SnapshotList } from '../../app/_lib/content/schema';
import { ccmSlug } from '../../app/_lib/urls';
import type { ContentRecord } from './attack';
import { HUNTING_REFS, readHuntingArchive, type HuntingInputs } from './hunting';
import { ImportError } from './input';
import { runImport } from './run';
import { loadSource, loadSourceBytes, PINNED, type LoadedSource, type PinnedSource } from './sources';
import type { SnapshotConfig } from '../snapshots';

/** Kinds whose records are pages at an id's URL (what a banner or a snapshot link is about). */
const PAGE_KINDS = ['technique', 'tactic', 'mitigation', 'group', 'campaign', 'software', 'data-source', 'ccm-domain', 'ccm-control'] as const;
/** The history concept of each page kind, to tell a former-object page of the current site. */
const CONCEPT: Partial<Record<(typeof PAGE_KINDS)[number], string>> = {
  technique: 'technique',
  tactic: 'tactic',
  mitigation: 'mitigation',
  group: 'group',
  campaign: 'campaign',
  software: 'software',
  'data-source': 'data-source',
};

const isRole = (s: string): s is PinnedSource['role'] => Object.hasOwn(PINNED, s);

async function loadAttack(spec: string): Promise<{ src: LoadedSource; role: string }> {
  // A pinned role (checksum-verified) or a path/URL (read as given, SHA-256 reported).
  if (isRole(spec)) return { src: await loadSource(spec), role: spec };
  return { src: await loadSource('attack', spec), role: 'attack' };
}

export interface SnapshotImport {
  release: string;
  records: ContentRecord[];
  /** For the current meta's `snapshots`. */
  listed: SnapshotList[number];
}

/**
 * Imports one snapshot. `current`: the current import's records (their statuses and history
 * lineages say what became of each page); `releases`: the history file's release list (dates).
 */
export async function importSnapshot(
  config: SnapshotConfig,
  shared: { mapping: LoadedSource; ccmDescriptions: LoadedSource; ccmDomains: LoadedSource },
  current: { records: readonly ContentRecord[]; version: string; releases: readonly { version: string; date: string }[] },
): Promise<SnapshotImport> {
  const { src, role } = await loadAttack(config.attack);
  const sources = [
    { role: 'attack', file: src.pinned ? PINNED[role as PinnedSource['role']].file : src.location, sha256: src.sha256, origin: src.pinned ? PINNED[role as PinnedSource['role']].origin : src.location, license: PINNED.attack.license },
    ...(['mapping', 'ccmDescriptions', 'ccmDomains'] as const).map((r) => ({
      role: r,
      file: shared[r].pinned ? PINNED[r].file : shared[r].location,
      sha256: shared[r].sha256,
      origin: shared[r].pinned ? PINNED[r].origin : shared[r].location,
      license: PINNED[r].license,
    })),
  ];
  const hunting: HuntingInputs = {};
  if (config.hunting) {
    for (const r of ['sigma', 'atomic', 'kubernetes'] as const) {
      const b = await loadSourceBytes(r);
      hunting[r] = { files: await readHuntingArchive(r, b.bytes, b.where), repo: HUNTING_REFS[r].repo, ref: HUNTING_REFS[r].ref };
      sources.push({ role: r, file: PINNED[r].file, sha256: b.sha256, origin: PINNED[r].origin, license: PINNED[r].license });
    }
  }
  const { records } = runImport({
    attack: { text: src.text, version: config.release },
    // The snapshot is its own mapping era: the mapping's techniques as they were then, no "since".
    attackMappingEra: null,
    mapping: shared.mapping.text,
    ccmDescriptions: shared.ccmDescriptions.text,
    ccmDomains: shared.ccmDomains.text,
    sources,
    ...(config.hunting ? { hunting } : {}),
    locations: { attack: src.where, mapping: shared.mapping.where, ccmDescriptions: shared.ccmDescriptions.where, ccmDomains: shared.ccmDomains.where },
  });

  const at = current.releases.findIndex((r) => r.version === config.release);
  if (at < 0) throw new ImportError(`snapshot ${config.release}: not a release of the history file (${current.releases.map((r) => r.version).join(', ')}), so its dates are unknown`);
  const next = current.releases[at + 1];
  const currentRelease = current.releases.find((r) => r.version === current.version);
  if (!currentRelease) throw new ImportError(`the current release ${current.version} is not in the history file, so its date is unknown`);

  const key = (kind: string, id: string) => `${kind}\u0000${id}`;
  const now = new Map(current.records.map((r) => [key(r.kind, r.id), r]));
  const history = new Map(current.records.filter((r) => r.kind === 'history').map((r) => [r.id, r.frontmatter as { lineages: { concept: string }[] }]));
  const changed: SnapshotInfo['changed'] = {};
  const labels: SnapshotInfo['labels'] = {};
  /** "T1133 External Remote Services", "I&S-06 Infrastructure …": an id and its name in the current release. */
  const label = (rec: ContentRecord) => {
    const fm = rec.frontmatter as { name?: string; title?: string };
    const name = fm.name ?? fm.title;
    return name ? `${rec.id} ${name}` : rec.id;
  };
  const ids: string[] = [];
  for (const r of records) {
    if (!(PAGE_KINDS as readonly string[]).includes(r.kind)) continue;
    const status = (r.frontmatter as { status?: string }).status;
    if (status !== 'revoked') ids.push(r.id);
    const there = now.get(key(r.kind, r.id));
    if (there) {
      const fm = there.frontmatter as { status?: string; revokedBy?: string };
      labels[r.kind.startsWith('ccm-') ? ccmSlug(r.id) : r.id] = label(there);
      // Of the same kind: a former per-technique mitigation (/mitigations/T1133/) never names a technique.
      const by = fm.status === 'revoked' && fm.revokedBy ? now.get(key(r.kind, fm.revokedBy)) : undefined;
      if (by) labels[by.id] = label(by);
      if (fm.status === 'deprecated') changed[r.id] = { status: 'deprecated' };
      else if (fm.status === 'revoked') changed[r.id] = fm.revokedBy ? { status: 'revoked', by: fm.revokedBy } : { status: 'gone' };
      continue;
    }
    const concept = CONCEPT[r.kind as keyof typeof CONCEPT];
    changed[r.id] = { status: concept && history.get(r.id)?.lineages.some((l) => l.concept === concept) ? 'former' : 'gone' };
  }
  const meta = records.find((r) => r.kind === 'site-meta')!;
  const snapshot: SnapshotInfo = {
    version: config.release,
    released: at >= 0 ? current.releases[at]!.date : '',
    ...(next ? { until: next.date, next: next.version } : {}),
    current: { version: current.version, released: currentRelease.date },
    omitted: [...(config.hunting ? [] : (['sigma', 'atomic', 'kubernetes'] as const)), 'history'],
    changed: Object.fromEntries(Object.entries(changed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    labels: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  meta.frontmatter.snapshot = snapshot;
  return {
    release: config.release,
    records,
    listed: { version: config.release, released: snapshot.released, ...(snapshot.until ? { until: snapshot.until } : {}), ids: [...new Set(ids)].sort() },
  };
}
