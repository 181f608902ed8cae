import type { FormerObjectView } from '@/app/_lib/views/history';
import { VERSIONS_HREF } from '@/app/_lib/urls';
import Link from '@/components/ui/Link';
import { DataTable } from '@/components/ui/DataTable';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DateTime } from '@/components/ui/DateTime';
import { FactList } from '@/components/ui/FactList';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { HistoryEntries, Parts } from './HistorySection';

const STATUS: Record<FormerObjectView['status'], string> = { live: 'published', deprecated: 'deprecated', revoked: 'revoked', gone: 'no longer in ATT&CK' };

/** An object ATT&CK published that this site does not show as a page of its own (issue 17): what it was, when, and where its text is. */
export function FormerObjectPage({ view }: { view: FormerObjectView }) {
  const v = view;
  return (
    <article>
      <Breadcrumbs items={[{ label: `Former ATT&CK ${v.kindLabel}` }, { label: v.id }]} />
      <PageTitle kind={`Former ATT&CK ${v.kindLabel}`} id={v.id}>
        {v.name}
      </PageTitle>
      <StatusNotice tone="warning">
        <p>
          <strong>{v.status === 'gone' ? `${v.id} is no longer in ATT&CK.` : `${v.id} is ${v.status} in ATT&CK.`}</strong> {v.summary}
        </p>
        {v.related && (
          <p className="mt-2">
            <Parts parts={v.related} />
          </p>
        )}
      </StatusNotice>
      <FactList
        facts={[
          { label: 'ID', value: <span className="font-mono">{v.id}</span> },
          { label: 'Kind', value: `${v.kindLabel}, ${STATUS[v.status]}` },
          {
            label: 'First published',
            value: (
              <>
                ATT&amp;CK v{v.first.version}, <DateTime date={v.first.date} />
              </>
            ),
          },
          {
            label: 'Last in',
            value: (
              <>
                ATT&amp;CK v{v.last.version}, <DateTime date={v.last.date} />
              </>
            ),
          },
          ...(v.left
            ? [
                {
                  label: 'Removed in',
                  value: (
                    <>
                      ATT&amp;CK v{v.left.version}, <DateTime date={v.left.date} />
                    </>
                  ),
                },
              ]
            : []),
          {
            label: 'Last description',
            value: (
              <>
                Not available on this site (the history records only when it changed).{' '}
                <a href={v.readable.archive.href}>{v.readable.archive.archived ? `Read it in the ${v.readable.archive.label}` : `ATT&CK ${v.readable.archive.label}`}</a>.
              </>
            ),
          },
        ]}
      />
      <Section id="history" title="History" count={v.history.entries.length}>
        <HistoryEntries view={v.history} />
      </Section>
    </article>
  );
}

/** The current release's /datasources/: the former data sources, each a former-object page. */
export function FormerDataSourceIndex({ rows, attackVersion }: { rows: { id: string; name: string; href: string; first: string; last: string; status: string }[]; attackVersion: string }) {
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Data sources' }]} />
      <PageTitle kind="Former ATT&CK data sources">Data sources</PageTitle>
      <p className="mb-6 max-w-3xl">
        ATT&amp;CK v18.0 replaced data sources with detection strategies and data components; ATT&amp;CK v{attackVersion} has {rows.length} data sources, all
        deprecated. Each has a page saying what it was and when; the frozen snapshots of earlier releases (<Link href={VERSIONS_HREF}>versions</Link>) show
        them with their data components.
      </p>
      <DataTable caption="Former data sources" ids columns={['ID', 'Name', 'First published', 'Last in']}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={r.href}>{r.id}</Link>
              </td>
              <td>
                <Link href={r.href}>{r.name}</Link>
              </td>
              <td>v{r.first}</td>
              <td>v{r.last}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </article>
  );
}
