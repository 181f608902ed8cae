import type { SnapshotInfo } from '@/app/_lib/content/schema';
import { siteHref, VERSIONS_HREF } from '@/app/_lib/urls';
import { snapshotBannerText } from '@/app/_lib/views/snapshot';

/**
 * On every page of a frozen snapshot (issue 17): which release it is, when that release was live,
 * and (filled in by the build from the page's path, SNAPSHOT_CURRENT_SLOT) this page in the current release. Links to
 * the current site are plain <a>s with the site's base path, not this build's.
 */
export function SnapshotBanner({ info }: { info: SnapshotInfo }) {
  const t = snapshotBannerText(info);
  return (
    <aside aria-label="Release snapshot" data-snapshot-banner="" className="border-b border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100">
      <div className="mx-auto max-w-7xl space-y-1 px-4 py-2 text-sm">
        <p>
          <strong>{t.title}</strong>
          {'. '}
          <span data-snapshot-current="" />
        </p>
        <p>
          {t.omitted ? `${t.omitted} ` : ''}
          <a href={siteHref(VERSIONS_HREF)}>All versions</a>
        </p>
      </div>
    </aside>
  );
}
