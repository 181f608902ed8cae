import Link from '@/components/ui/Link';
import type { HistoryView } from '@/app/_lib/views/history';
import { HistorySection } from '@/components/history/HistorySection';
import type { TacticIndexRow, TacticTechniqueRow, TacticView } from '@/app/_lib/views/tactic';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DateTime } from '@/components/ui/DateTime';
import { FactList } from '@/components/ui/FactList';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { DataTable, tableStyles as T } from '@/components/ui/DataTable';
import { MUTED } from './styles';
import { RowLink } from '@/components/ui/RowLink';

export function TacticTechniqueTable({ rows, caption }: { rows: TacticTechniqueRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      ids="small"
      className="max-w-4xl"
      columns={[
        { label: 'ID', width: 'w-24' },
        'Technique',
        ...(['Sub-techniques', 'CCM controls', 'CCM incl. sub-techniques', 'Sigma rules', 'Atomic tests'] as const).map((label) => ({ label, numeric: true })),
      ]}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} id={r.anchor}>
            <td>
              {r.id}
              <RowLink anchor={r.anchor} />
            </td>
            <th scope="row">
              <Link href={r.href}>{r.name}</Link>
            </th>
            <td className={T.n}>{r.subtechniques || <span className={MUTED}>–</span>}</td>
            <td className={T.n}>{r.ccm}</td>
            <td className={T.n}>{r.subtechniques ? r.ccmWithSubs : <span className={MUTED}>–</span>}</td>
            <td className={T.n}>{r.sigma || <span className={MUTED}>0</span>}</td>
            <td className={T.n}>{r.atomic || <span className={MUTED}>0</span>}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function TacticPage({ view, history }: { view: TacticView; history?: HistoryView }) {
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs items={[{ href: HREFS.tactics, label: 'Tactics' }, { label: view.id }]} />
      <p className={`text-sm ${MUTED}`}>Tactic · MITRE ATT&amp;CK Enterprise v{view.versions.attack}</p>
      <h1 id="page-title" className="mb-4 text-3xl font-bold">
        <span className="mr-2 font-mono text-2xl text-slate-600 dark:text-slate-400">{view.id}</span>
        {view.name}
      </h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="prose-kb max-w-prose">{view.description}</div>
        <FactList
          facts={[
            { label: 'ID', value: <span className="font-mono">{view.id}</span> },
            { label: 'Short name', value: <code>{view.shortname}</code> },
            { label: 'Techniques', value: view.techniques.length },
            {
              label: 'Sigma rules',
              value: `${view.hunting.sigmaRules} distinct, for ${view.hunting.withSigma} of ${view.techniques.length} techniques`,
            },
            {
              label: 'Atomic tests',
              value: `${view.hunting.atomicTests}, for ${view.hunting.withAtomic} of ${view.techniques.length} techniques`,
            },
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
      <nav aria-label="Adjacent tactics" className="mt-4 flex flex-wrap justify-between gap-2 text-sm" data-print-hide>
        {view.previous ? <Link href={view.previous.href}>← {view.previous.name}</Link> : <span />}
        <Link href={HREFS.matrix}>Matrix</Link>
        {view.next ? <Link href={view.next.href}>{view.next.name} →</Link> : <span />}
      </nav>
      <Section id="techniques" title="Techniques" count={view.techniques.length}>
        <p className={`mb-2 text-sm ${MUTED}`}>
          Live techniques in this tactic, by name. “CCM controls” counts the CSA CCM v{view.versions.ccm} controls mapped to the technique itself; the last column
          adds those mapped only to its sub-techniques. “Sigma rules” and “Atomic tests” count the SigmaHQ detection rules and Atomic Red Team tests for the technique
          and its sub-techniques, as its technique and hunting pages list them.
        </p>
        <TacticTechniqueTable rows={view.techniques} caption={`Techniques in ${view.name}`} />
      </Section>
      <HistorySection view={history} name={view.name} />
      <References entries={view.references} />
    </article>
  );
}

export function TacticIndex({ rows }: { rows: TacticIndexRow[] }) {
  return (
    <DataTable
      caption="Enterprise tactics in matrix order"
      ids="small"
      columns={[
        { label: 'ID', width: 'w-20' },
        'Tactic',
        'Goal',
        ...(['Techniques', 'Sub-techniques', 'With CCM controls'] as const).map((label) => ({ label, numeric: true })),
      ]}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.id}</td>
            <th scope="row" className="whitespace-nowrap">
              <Link href={r.href}>{r.name}</Link>
            </th>
            <td>{r.goal}</td>
            <td className={T.n}>{r.techniques}</td>
            <td className={T.n}>{r.subtechniques}</td>
            <td className={T.n}>
              {r.covered} <span className={MUTED}>{`of ${r.techniques}`}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
