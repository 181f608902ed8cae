/**
 * Frozen release snapshots (issue 17): the releases the site serves, frozen, under
 * /versions/v<release>/. THE config line: one entry per snapshot.
 *
 * - `npm run import` writes each snapshot's content to content/versions/v<release>/ (and
 *   `--check` checks it); `npm run build` builds each as its own static export with
 *   KB_SNAPSHOT=<release> and copies it into out/versions/v<release>/, from a cache keyed by
 *   its inputs when nothing changed (scripts/snapshot-cache.ts).
 * - `attack`: a pinned source role of scripts/import/sources.ts (checksum-verified) or a path or
 *   URL of the release's enterprise-attack bundle. `hunting`: also import the pinned Sigma, Atomic
 *   Red Team and Kubernetes archives (their ids must be valid in that release); without it the
 *   snapshot has no hunting pages and its pages say so.
 *
 * When ATT&CK v19.0 becomes the current release, add
 *   { release: '18.1', attack: '<path of the 18.1 bundle>', hunting: true },
 * re-run `npm run import -- --attack <19.0 bundle> --attack-version 19.0` and commit: the
 * /versions/v18.1/ permalinks the site has handed out since (redirect stubs to the current page
 * until then) become the frozen 18.1 pages.
 */
export interface SnapshotConfig {
  release: string;
  attack: string;
  hunting?: boolean;
}

export const SNAPSHOTS: readonly SnapshotConfig[] = [{ release: '17.1', attack: 'attackMappingEra' }];
