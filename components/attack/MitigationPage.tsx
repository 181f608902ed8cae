import type { ReactNode } from 'react';
import Link from '@/components/ui/Link';
import type { MitigationIndexRow, MitigationView } from '@/app/_lib/views/mitigation';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DateTime } from '@/components/ui/DateTime';
import { FactList } from '@/components/ui/FactList';
import { PrintInfo } from '@/components/ui/PrintInfo';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { MUTED, SCROLL } from './styles';
import T from './tables.module.css';

export function MitigationPage({ view, canonical, actions, kubernetes }: { view: MitigationView; canonical: string; actions?: ReactNode; kubernetes?: ReactNode }) {
  const live = view.techniques.filter((t) => t.status === 'live').length;
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs items={[{ href: HREFS.mitigations, label: 'Mitigations' }, { label: view.id }]} />
      <PrintInfo canonical={canonical} versions={view.versions} />
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
                <a href="#techniques">Techniques addressed ({view.techniques.length})</a>
              </li>
              <li>
                <a href="#ccm">CCM controls ({view.controls.length})</a>
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
            { label: 'Created', value: <DateTime iso={view.created} /> },
            { label: 'Last modified', value: <DateTime iso={view.modified} /> },
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
        <div className={SCROLL}>
          <table className={`${T.t} ${T.stack}`}>
            <caption className="sr-only">Techniques {view.name} addresses, with how</caption>
            <thead>
              <tr>
                <th scope="col" className="w-24">
                  ID
                </th>
                <th scope="col" className="w-56">
                  Technique
                </th>
                <th scope="col">
                  Use
                </th>
                <th scope="col" className={T.n}>
                  CCM controls
                </th>
              </tr>
            </thead>
            <tbody>
              {view.techniques.map((r) => (
                <tr key={r.technique.id} id={r.anchor}>
                  <td className={T.id}>{r.technique.id}</td>
                  <th scope="row">
                    <Link href={r.technique.href}>
                      {r.technique.name}
                    </Link>
                    {r.status === 'deprecated' && <div className={`text-xs ${MUTED}`}>deprecated</div>}
                  </th>
                  <td className={T.md}>{r.use}</td>
                  <td className={T.n}>{r.ccm}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="ccm" title="CCM controls for these techniques" count={view.controls.length}>
        <p className={`mb-2 max-w-prose text-sm ${MUTED}`}>
          The CSA CCM v{view.versions.ccm} controls the CTID mapping (made against ATT&amp;CK v{view.versions.mappingAttack}) lists for the {live} live
          techniques above, ranked by how many of them each control covers.
          {view.unmapped > 0 && ` ${view.unmapped} of those techniques have no CCM control mapped.`} The mapping links controls to techniques, not to
          ATT&amp;CK mitigations: this is a lead, not an equivalence.
        </p>
        {view.controls.length ? (
          <div className={SCROLL}>
            <table className={`${T.t} ${T.stack}`}>
              <caption className="sr-only">CCM controls mapped to the techniques {view.name} addresses, ranked</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-24">
                    Control
                  </th>
                  <th scope="col">
                    Title
                  </th>
                  <th scope="col" className={T.n}>
                    Techniques
                  </th>
                  <th scope="col">
                    Mapped to
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.controls.map((c) => (
                  <tr key={c.control.id}>
                    <td className={T.id}>
                      <Link href={c.control.href}>{c.control.id}</Link>
                    </td>
                    <th scope="row">
                      {c.title ?? <span className={MUTED}>(no title in the open CCM data)</span>}
                      <div className={`text-xs ${MUTED}`}>
                        <Link href={c.domain.href}>{c.domain.name}</Link>
                      </div>
                    </th>
                    <td className={T.n}>
                      {c.techniques.length} <span className={MUTED}>of {live}</span>
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
            </table>
          </div>
        ) : (
          <p className={MUTED}>No CCM control is mapped to any technique this mitigation addresses.</p>
        )}
      </Section>
      <References entries={view.references} />
      {kubernetes}
    </article>
  );
}

export function MitigationIndex({ rows }: { rows: MitigationIndexRow[] }) {
  return (
    <div className={SCROLL}>
      <table className={`${T.t} ${T.stack}`}>
        <caption className="sr-only">ATT&amp;CK Enterprise mitigations</caption>
        <thead>
          <tr>
            <th scope="col" className="w-20">
              ID
            </th>
            <th scope="col" className="w-56">
              Mitigation
            </th>
            <th scope="col">
              Description
            </th>
            <th scope="col" className={T.n}>
              Techniques
            </th>
            <th scope="col" className={T.n}>
              CCM controls
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={T.id}>{r.id}</td>
              <th scope="row">
                <Link href={r.href}>{r.name}</Link>
              </th>
              <td>{r.summary}</td>
              <td className={T.n}>{r.techniques}</td>
              <td className={T.n}>{r.controls}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
