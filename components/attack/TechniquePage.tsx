import type { ReactNode } from 'react';
import type { HistoryView } from '@/app/_lib/views/history';
import { HistorySection } from '@/components/history/HistorySection';
import Link from '@/components/ui/Link';
import type { TechniqueView } from '@/app/_lib/views/technique';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DateTime } from '@/components/ui/DateTime';
import { FactList } from '@/components/ui/FactList';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { StatusNotice } from '@/components/ui/StatusNotice';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { MUTED } from './styles';
import { TechniqueCcm } from './TechniqueCcm';
import { Detections, MitigationTable, Procedures } from './TechniqueSections';
import { SourceDetections } from '@/components/detection/DataSourcePage';
import type { HuntingView } from '@/app/_lib/views/hunting';
import { AtomicTests } from '@/components/hunting/AtomicTests';
import { atomicCountText } from '@/components/hunting/atomicCount';
import { CloudView } from '@/components/hunting/CloudView';
import { KubernetesEntries } from '@/components/hunting/KubernetesEntries';
import { SigmaRules } from '@/components/hunting/SigmaRules';

const joinLinks = (items: { id: string; name: string; href: string }[]) =>
  items.map((t, i) => (
    <span key={t.id}>
      {i > 0 && ', '}
      <Link href={t.href}>{t.name}</Link>
    </span>
  ));

/** The technique / sub-technique page: one component for both. */
export function TechniquePage({ view, actions, hunting, history }: { view: TechniqueView; actions?: ReactNode; hunting?: HuntingView; history?: HistoryView }) {
  const kind = view.isSubtechnique ? 'Sub-technique' : 'Technique';
  const liveSubs = view.subtechniques.filter((s) => s.status === 'live');
  const toc = [
    ...(view.subtechniques.length ? [{ id: 'subtechniques', label: 'Sub-techniques', count: liveSubs.length }] : []),
    { id: 'ccm', label: 'CCM controls', count: view.ccm.rows.length },
    { id: 'mitigations', label: 'Mitigations', count: view.mitigations.length },
    { id: 'procedures', label: 'Procedure examples', count: view.procedures.total },
    { id: 'detection', label: 'Detection', count: view.dataSourceModel ? view.sourceDetections.length : view.detections.reduce((n, d) => n + d.analytics.length, 0) },
    ...(hunting?.cloud ? [{ id: 'cloud', label: 'Cloud context', count: hunting.cloud.platforms.length }] : []),
    ...(hunting ? [{ id: 'sigma', label: 'Sigma rules', count: hunting.sigma.total }, { id: 'atomic-tests', label: 'Atomic tests', count: atomicCountText(hunting.atomic) }] : []),
    ...(hunting?.kubernetes.entries.length ? [{ id: 'kubernetes', label: 'Kubernetes matrix', count: hunting.kubernetes.entries.length }] : []),
    ...(history ? [{ id: 'history', label: 'History', count: history.entries.length }] : []),
    ...(view.references.length ? [{ id: 'references', label: 'References', count: view.references.length }] : []),
  ];
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { href: HREFS.techniques, label: 'Techniques' },
          ...(view.parent ? [{ href: view.parent.href, label: `${view.parent.id} ${view.parent.name}` }] : []),
          { label: view.id },
        ]}
      />
      <header className="mb-4">
        <p className={`text-sm ${MUTED}`}>
          {view.parent ? (
            <>
              Sub-technique of{' '}
              <Link href={view.parent.href}>{`${view.parent.id} ${view.parent.name}`}</Link>
            </>
          ) : (
            `${kind} · MITRE ATT&CK Enterprise v${view.versions.attack}`
          )}
        </p>
        <h1 id="page-title" className="text-3xl font-bold">
          <span className="mr-2 font-mono text-2xl text-slate-600 dark:text-slate-400">{view.id}</span>
          {view.parent ? `${view.parent.name}: ${view.name}` : view.name}
        </h1>
        {actions}
      </header>
      {view.status === 'deprecated' && (
        <StatusNotice tone="warning">
          <strong>Deprecated.</strong> MITRE ATT&amp;CK has deprecated this {kind.toLowerCase()}: it is no longer part of the Enterprise matrix and is not
          maintained. This page is kept so existing links and citations still resolve.
        </StatusNotice>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <nav aria-label="On this page" className="mb-4 text-sm" data-print-hide>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {toc.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{`${s.label} (${s.count})`}</a>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-label="Description" className="prose-kb max-w-prose">
            {view.description}
          </section>
        </div>
        <FactList
          facts={[
            { label: 'ID', value: <span className="font-mono">{view.id}</span> },
            { label: 'Sub-technique of', value: view.parent && <Link href={view.parent.href}>{`${view.parent.id} ${view.parent.name}`}</Link> },
            { label: view.tactics.length === 1 ? 'Tactic' : 'Tactics', value: view.tactics.length ? joinLinks(view.tactics) : undefined },
            { label: 'Platforms', value: view.platforms.join(', ') },
            { label: 'Status', value: view.status === 'deprecated' ? 'Deprecated' : undefined },
            { label: 'Version', value: view.version },
            { label: 'Created', value: <DateTime date={view.created} /> },
            { label: 'Last modified', value: <DateTime date={view.modified} /> },
            { label: 'Supports remote', value: view.remoteSupport === undefined ? undefined : view.remoteSupport ? 'Yes' : 'No' },
            { label: 'Impact type', value: view.impactType?.join(', ') },
            { label: 'Contributors', value: view.contributors.length ? view.contributors.join('; ') : undefined },
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

      {view.detectionText && (
        <Section id="detection-notes" title="Detection notes (legacy ATT&CK text)">
          <div className="prose-kb max-w-prose">{view.detectionText}</div>
        </Section>
      )}

      {view.subtechniques.length > 0 && (
        <Section id="subtechniques" title="Sub-techniques" count={liveSubs.length}>
          <DataTable
            caption={`Sub-techniques of ${view.id}`}
            ids="small"
            columns={[{ label: 'ID', width: 'w-28' }, 'Name', { label: 'CCM controls', numeric: true }]}
          >
            <tbody>
              {view.subtechniques.map((s) => (
                <tr key={s.id}>
                  <td>{s.id}</td>
                  <td>
                    <Link href={s.href}>{s.name}</Link>
                    {s.status === 'deprecated' && <span className={`ml-2 text-xs ${MUTED}`}>(deprecated)</span>}
                  </td>
                  <td className={T.n}>{s.ccmCount}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </Section>
      )}

      <Section id="ccm" title="CCM controls" count={view.ccm.rows.length}>
        <TechniqueCcm view={view} />
      </Section>

      <Section id="mitigations" title="ATT&CK mitigations" count={view.mitigations.length}>
        {view.mitigations.length ? (
          <MitigationTable rows={view.mitigations} caption={`ATT&CK mitigations for ${view.id}`} />
        ) : (
          <p className={MUTED}>ATT&amp;CK lists no mitigation for this {kind.toLowerCase()}.</p>
        )}
      </Section>

      <Section id="procedures" title="Procedure examples" count={view.procedures.total}>
        {view.procedures.total ? (
          <Procedures groups={view.procedures.groups} techniqueId={view.id} />
        ) : (
          <p className={MUTED}>ATT&amp;CK records no group, campaign or software using this {kind.toLowerCase()}.</p>
        )}
      </Section>

      {view.dataSourceModel ? (
        <Section id="detection" title="Detection" count={view.sourceDetections.length}>
          {view.sourceDetections.length ? (
            <SourceDetections rows={view.sourceDetections} />
          ) : (
            <p className={MUTED}>ATT&amp;CK v{view.versions.attack} lists no data component that detects this {kind.toLowerCase()}.</p>
          )}
        </Section>
      ) : (
        <Section id="detection" title="Detection" count={view.detections.reduce((n, d) => n + d.analytics.length, 0)}>
          {view.detections.length ? (
            <Detections detections={view.detections} />
          ) : (
            <p className={MUTED}>ATT&amp;CK v{view.versions.attack} has no detection strategy for this {kind.toLowerCase()}.</p>
          )}
        </Section>
      )}

      {hunting && (
        <>
          {hunting.cloud && <CloudView {...hunting.cloud} controlsOnPage />}
          <SigmaRules {...hunting.sigma} />
          <AtomicTests {...hunting.atomic} />
          <KubernetesEntries {...hunting.kubernetes} />
          {hunting.huntingHref && (
            <p className="mt-4">
              <Link href={hunting.huntingHref}>{`All hunting queries and test commands for ${view.id}`}</Link>
            </p>
          )}
        </>
      )}

      <HistorySection view={history} name={view.name} />
      <References entries={view.references} />
    </article>
  );
}
