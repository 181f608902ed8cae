import type { PageActionProps } from '@/app/_lib/views/actions';
import { Island } from '@/components/islands/Island';
import { DownloadLinks } from '@/components/downloads/DownloadLinks';

/** The row under a page title: "Cite this page" and the page's own downloads. */
export function PageActions({ citation, downloads, subject }: PageActionProps) {
  return (
    <div className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-2">
      <Island name="CiteThis" props={citation} />
      <DownloadLinks links={downloads} subject={subject} help={false} compact />
    </div>
  );
}
