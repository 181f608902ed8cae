import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '../_lib/content/loader';
import { searchIndexVersion } from '../_lib/search/build';
import { HREFS } from '../_lib/urls';
import Link from '@/components/ui/Link';
import { Island } from '@/components/islands/Island';

export const metadata: Metadata = pageMetadata({ title: 'Search', description: 'Search MITRE ATT&CK techniques, tactics, mitigations, groups, campaigns, software and detections, CSA CCM v4.1 controls, Sigma rules, Atomic Red Team tests and the Threat Matrix for Kubernetes, by id, name, alias or text.', path: HREFS.search });

export default function SearchRoute() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      {/* The query is in the URL, which only the browser sees: the static HTML is the empty form. */}
      <Island name="SearchPage" props={{ indexVersion: searchIndexVersion(getContent()) }} />
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
