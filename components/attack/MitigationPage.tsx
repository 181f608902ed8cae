import type { ReactNode } from 'react';
import type { HistoryView } from '@/app/_lib/views/history';
import { HistorySection } from '@/components/history/HistorySection';
import Link from '@/components/ui/Link';
import type { MitigationIndexRow, MitigationView } from '@/app/_lib/views/mitigation';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DateTime } from '@/components/ui/DateTime';
import { FactList } from '@/components/ui/FactList';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { MUTED } from './styles';
import { RowLink } from '@/components/ui/RowLink';

export function MitigationPage({ view, actions, kubernetes, history }: { view: MitigationView; actions?: ReactNode; kubernetes?: ReactNode; history?: HistoryView }) {
  const live = view.techniques.filter((t) => t.status === 'live').length;
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs items={[{ href: HREFS.mitigations, label: 'Mitigations' }, { label: view.id }]} />
      <p className={`text-sm ${MUTED}`}>Mitigation · MITRE ATT&amp;CK Enterprise v{view.versions.attack}</p>
      <h1 id="page-title" className="mb-4 text-3xl font-bold">
        <span className="mr-2 font-mono text-2xl text-slate-600 dark:text-slate-400">{view.id}</span>
        {view.name}
      </h1>
      {actions}
      {view.status === 'deprecated' && (
        <StatusNotice tone="warning">
          <strong>Deprecated.</strong> MITRE ATT&amp;CK has deprecated this mitigation; this page is kept so existing links still resolve.
        </StatusNotice>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <nav aria-label="On this page" className="mb-4 text-sm" data-print-hide>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <a href="#techniques">{`Techniques addressed (${view.techniques.length})`}</a>
              </li>
              <li>
                <a href="#ccm">{`CCM controls (${view.controls.length})`}</a>
              </li>
            </ul>
          </nav>
          <div className="prose-kb max-w-prose">{view.description}</div>
        </div>
        <FactList
          facts={[
            { label: 'ID', value: <span className="font-mono">{view.id}</span> },
            { label: 'Techniques', value: view.techniques.length },
            { label: 'Version', value: view.version },
            { label: 'Created', value: <DateTime date={view.created} /> },
            { label: 'Last modified', value: <DateTime date={view.modified} /> },
            {
              label: 'ATT&CK',
              value: view.attackUrl && (
                <a href={view.attackUrl} rel="noopener noreferrer external">
                  {view.id} on attack.mitre.org
                </a>
              ),
            },
          ]}
        />
      </div>

      <Section id="techniques" title="Techniques addressed" count={view.techniques.length}>
        <DataTable
          caption={`Techniques ${view.name} addresses, with how`}
          stack
          ids="small"
          markdown
          columns={[{ label: 'ID', width: 'w-24' }, { label: 'Technique', width: 'w-56' }, 'Use', { label: 'CCM controls', numeric: true }]}
        >
          <tbody>
            {view.techniques.map((r) => (
              <tr key={r.technique.id} id={r.anchor}>
                <td>
                  {r.technique.id}
                  <RowLink anchor={r.anchor} />
                </td>
                <th scope="row">
                  <Link href={r.technique.href}>{r.technique.name}</Link>
                  {r.status === 'deprecated' && <div className={`text-xs ${MUTED}`}>deprecated</div>}
                </th>
                <td>{r.use}</td>
                <td className={T.n}>{r.ccm}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>

      <Section id="ccm" title="CCM controls for these techniques" count={view.controls.length}>
        <p className={`mb-2 max-w-prose text-sm ${MUTED}`}>
          The CSA CCM v{view.versions.ccm} controls the CTID mapping (made against ATT&amp;CK v{view.versions.mappingAttack}) lists for the {live} live
          techniques above, ranked by how many of them each control covers.
          {view.unmapped > 0 && ` ${view.unmapped} of those techniques have no CCM control mapped.`} The mapping links controls to techniques, not to
          ATT&amp;CK mitigations: this is a lead, not an equivalence.
        </p>
        {view.controls.length ? (
          <DataTable
            caption={`CCM controls mapped to the techniques ${view.name} addresses, ranked`}
            stack
            ids="small"
            columns={[{ label: 'Control', width: 'w-24' }, 'Title', { label: 'Techniques', numeric: true }, 'Mapped to']}
          >
            <tbody>
              {view.controls.map((c) => (
                <tr key={c.control.id}>
                  <td>
                    <Link href={c.control.href}>{c.control.id}</Link>
                  </td>
                  <th scope="row">
                    {c.title ?? <span className={MUTED}>(no title in the open CCM data)</span>}
                    <div className={`text-xs ${MUTED}`}>
                      <Link href={c.domain.href}>{c.domain.name}</Link>
                    </div>
                  </th>
                  <td className={T.n}>
                    {c.techniques.length} <span className={MUTED}>{`of ${live}`}</span>
                  </td>
                  <td className="text-xs">
                    {c.techniques.map((t, i) => (
                      <span key={t.id}>
                        {i > 0 && ', '}
                        <Link href={t.href} title={t.name}>
                          {t.id}
                        </Link>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className={MUTED}>No CCM control is mapped to any technique this mitigation addresses.</p>
        )}
      </Section>
      {kubernetes}
      <HistorySection view={history} name={view.name} />
      {/* References last, on every page type. */}
      <References entries={view.references} />
    </article>
  );
}

export function MitigationIndex({ rows }: { rows: MitigationIndexRow[] }) {
  return (
    <DataTable
      caption="ATT&CK Enterprise mitigations"
      stack
      ids="small"
      columns={[
        { label: 'ID', width: 'w-20' },
        { label: 'Mitigation', width: 'w-56' },
        'Description',
        { label: 'Techniques', numeric: true },
        { label: 'CCM controls', numeric: true },
      ]}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.id}</td>
            <th scope="row">
              <Link href={r.href}>{r.name}</Link>
            </th>
            <td>{r.summary}</td>
            <td className={T.n}>{r.techniques}</td>
            <td className={T.n}>{r.controls}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
