/**
 * Which content folder a process reads (issue 17): content/ for the current release, or a frozen
 * snapshot's content/versions/v<release>/ when KB_SNAPSHOT=<release> is set (scripts/build.ts
 * sets it for each snapshot's build). The current site's loader reads only the kinds' folders
 * (schema.ts CONTENT_DIRS), so content/versions/ never leaks into it.
 */
import path from 'node:path';

/** The snapshot release this process builds, or undefined for the current site. */
export const snapshotRelease = (): string | undefined => process.env.KB_SNAPSHOT || undefined;

/** A snapshot's content folder, relative to content/. */
export const snapshotContentDir = (release: string) => path.join('versions', `v${release}`);

/** The content folder of this process: content/, or content/versions/v<release>/ for a snapshot. */
export function contentRoot(cwd = process.cwd(), release = snapshotRelease()): string {
  const root = path.join(cwd, 'content');
  return release ? path.join(root, snapshotContentDir(release)) : root;
}
