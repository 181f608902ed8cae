import Link from '@/components/ui/Link';
import { HREFS, SNAPSHOT, siteHref, VERSIONS_HREF } from '@/app/_lib/urls';
import { DateTime } from '@/components/ui/DateTime';

export interface SiteVersions {
  attack: string;
  ccm: string;
  mappingAttack: string;
  mappingUpdated: string;
}

export function SiteFooter({ versions }: { versions: SiteVersions }) {
  return (
    <footer className="mt-16 border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <div className="mx-auto max-w-7xl space-y-2 px-4">
        <p>
          {`MITRE ATT&CK® Enterprise v${versions.attack} · CSA Cloud Controls Matrix v${versions.ccm} · CTID mapping made against ATT&CK v${versions.mappingAttack}, updated `}
          <DateTime date={versions.mappingUpdated} />
          {/* The build lists this page's frozen copies here (PAGE_VERSIONS_SLOT): the layout cannot know the page. */}
          {!SNAPSHOT && <span data-page-versions="" />}
        </p>
        <p>
          © 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. CCM content © Cloud
          Security Alliance. Mapping © Center for Threat-Informed Defense (Apache-2.0).{' '}
          <Link href={HREFS.about}>Sources and licenses</Link> · <Link href={HREFS.dataNotes}>Data notes</Link> ·{' '}
          {/* Guides and the list of versions are the site's, not a release's: a snapshot links to the current ones. */}
          {SNAPSHOT ? <a href={siteHref(HREFS.guides)}>Guides</a> : <Link href={HREFS.guides}>Guides</Link>} · <a href={siteHref(VERSIONS_HREF)}>Versions</a>
        </p>
      </div>
    </footer>
  );
}
