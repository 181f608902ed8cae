import type { ReleaseRow } from '@/app/_lib/views/snapshot';
import { siteHref, versionHref } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DataTable } from '@/components/ui/DataTable';
import { DateTime } from '@/components/ui/DateTime';
import { PageTitle } from '@/components/ui/PageTitle';

/** /versions/ (issue 17): the current release and the frozen snapshots of earlier ones. */
export function VersionsPage({ rows, current }: { rows: ReleaseRow[]; current: string }) {
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Versions' }]} />
      <PageTitle kind="Releases">Versions</PageTitle>
      <div className="prose-kb mb-6 max-w-3xl">
        <p>
          This site follows MITRE ATT&amp;CK Enterprise releases. Earlier releases stay online as frozen snapshots, each under its own address with
          every page, alias, download and search of that release, so a link in an audit report keeps showing what was cited. A snapshot’s pages say
          when the release was live and where the page is in the current release; search engines are asked not to index them.
        </p>
        <p>
          Every page of the current release (v{current}) also has a permalink, <code>{versionHref(current, '/…')}</code>, shown next to “Cite this
          page”: today it leads to the current page, and when a newer ATT&amp;CK release comes it becomes the frozen copy of v{current}.
        </p>
      </div>
      <DataTable caption="ATT&CK releases on this site" columns={['Release', 'Released', 'Live until', 'Pages']}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.version}>
              <td>
                <a href={siteHref(r.href)}>{`ATT&CK v${r.version}`}</a>
                {r.current ? ' (current release)' : ' (frozen snapshot)'}
              </td>
              <td>{r.released ? <DateTime date={r.released} /> : '—'}</td>
              <td>{r.current ? 'now' : r.until ? <DateTime date={r.until} /> : '—'}</td>
              <td>{r.pages ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </article>
  );
}
