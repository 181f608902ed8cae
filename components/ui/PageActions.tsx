import type { PageActionProps } from '@/app/_lib/views/actions';
import { Island } from '@/components/islands/Island';
import { DownloadLinks } from '@/components/downloads/DownloadLinks';

/**
 * The row under a page title: "Cite this page", "Permalink to this version" (issue 17: the page
 * in its ATT&CK release, /versions/v18.1/…, which stays when a newer release comes), links to
 * the page in the frozen snapshots of earlier releases, and the page's own downloads.
 */
export function PageActions({ citation, downloads, subject, versions }: PageActionProps) {
  return (
    <div className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-2">
      <Island name="CiteThis" props={citation} />
      {citation.permalink && (
        <p className="my-4 text-sm" data-permalink="">
          <a href={citation.permalink}>Permalink to this version</a>
          {versions.length > 0 && (
            <>
              {' · in earlier releases: '}
              {versions.map((v, i) => (
                <span key={v.version}>
                  {i > 0 && ', '}
                  <a href={v.href} data-snapshot-link="">{`ATT&CK v${v.version}`}</a>
                </span>
              ))}
            </>
          )}
        </p>
      )}
      <DownloadLinks links={downloads} subject={subject} help={false} compact />
    </div>
  );
}
