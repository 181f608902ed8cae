import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '../_lib/content/loader';
import { searchIndexVersion } from '../_lib/search/build';
import { HREFS, withBasePath } from '../_lib/urls';
import Link from '@/components/ui/Link';
import { Island } from '@/components/islands/Island';
import { preload } from 'react-dom';
import { namesIndexPath } from '../_lib/search/kinds';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search MITRE ATT&CK techniques, tactics, mitigations, groups, campaigns, software and detections, CSA CCM v4.1 controls, Sigma rules, Atomic Red Team tests and the Threat Matrix for Kubernetes, by id, name, alias or text.', path: HREFS.search });

export default function SearchRoute() {
  const indexVersion = searchIndexVersion(getContent());
  // The page searches for the query in its URL as soon as it runs: its name index is fetched with
  // the page, not after the island's scripts (same request as store.ts's: CORS mode, same-origin credentials).
  preload(withBasePath(namesIndexPath(indexVersion)), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      {/* The query is in the URL, which only the browser sees: the static HTML is the empty form. */}
      <Island name="SearchPage" props={{ indexVersion }} />
      <noscript>
        <div className="max-w-3xl rounded border-l-4 border-blue-400 bg-blue-50 p-3 text-sm text-blue-950 dark:bg-blue-950 dark:text-blue-100">
          <p>
            Sorry: search results need JavaScript, which is turned off or blocked in this browser. Every other page works without it; you can
            browse the <Link href={HREFS.matrix}>ATT&amp;CK matrix</Link>, the <Link href={HREFS.techniques}>technique list</Link>, the{' '}
            <Link href={HREFS.ccm}>CCM domains and controls</Link>, <Link href={HREFS.mitigations}>mitigations</Link>,{' '}
            <Link href={HREFS.groups}>groups</Link> and <Link href={HREFS.software}>software</Link> instead.
          </p>
        </div>
      </noscript>
    </>
  );
}
