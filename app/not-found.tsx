import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { HREFS } from '@/app/_lib/urls';
import { getContent } from '@/app/_lib/content/loader';
import { searchIndexVersion } from '@/app/_lib/search/build';
import { Island } from '@/components/islands/Island';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
};

/** A useful 404: suggests existing pages the path names (by id, name or alias), offers search pre-filled with it, and the main indexes. */
export default function NotFound() {
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="mt-3">
        There is no page at this address. If you followed a link to an ATT&amp;CK or CCM id, the id may be mistyped or not part of ATT&amp;CK Enterprise
        or CCM v4.1. Revoked ATT&amp;CK ids keep a page that links to what replaced them.
      </p>
      <Island name="NotFoundHelp" props={{ indexVersion: searchIndexVersion(getContent()) }} />
      <h2 className="mt-8 text-xl font-semibold">Or start from</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <Link href={HREFS.matrix}>The ATT&amp;CK matrix</Link>: every technique by tactic
        </li>
        <li>
          <Link href={HREFS.techniques}>All techniques</Link>
        </li>
        <li>
          <Link href={HREFS.ccm}>CCM domains and controls</Link>
        </li>
        <li>
          <Link href={HREFS.home}>Home</Link>
        </li>
      </ul>
    </article>
  );
}
