import type { FormerObjectView } from '@/app/_lib/views/history';
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
