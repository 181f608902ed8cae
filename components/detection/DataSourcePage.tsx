import Link from '@/components/ui/Link';
import { HREFS } from '@/app/_lib/urls';
import type { DataSourceIndexRow, DataSourceView, SourceDetectionView } from '@/app/_lib/views/datasource';
import { ActorFactsList } from '@/components/actors/ActorFactsList';
import { DeprecatedNotice } from '@/components/actors/DeprecatedNotice';
import { TechniqueLink } from '@/components/ccm/TechniqueLink';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DataTable } from '@/components/ui/DataTable';
import { PageTitle } from '@/components/ui/PageTitle';
import { References } from '@/components/ui/References';
import { RowLink } from '@/components/ui/RowLink';
import { Section } from '@/components/ui/Section';


/** A data source of ATT&CK before v18.0 (issue 17, snapshots): its components and what each detects. */
export function DataSourcePage({ view }: { view: DataSourceView }) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.dataSources, label: 'Data sources' }, { label: f.id }]} />
      <PageTitle kind="Data source" id={f.id}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind="data source" name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="prose-kb max-w-3xl">{view.description}</div>
        <ActorFactsList
          facts={f}
          attackVersion={view.attackVersion}
          extra={[
            { label: 'Platforms', value: view.platforms.length ? view.platforms.join(', ') : undefined },
            { label: 'Collection layers', value: view.collectionLayers.length ? view.collectionLayers.join(', ') : undefined },
          ]}
        />
      </div>
      <Section id="components" title="Data components" count={view.components.length}>
        {view.components.map((c) => (
          <section key={c.name} id={c.anchor} aria-labelledby={`${c.anchor}-h`} className="mb-8">
            <h3 id={`${c.anchor}-h`} className="mb-2 text-lg font-semibold">
              {`${f.name}: ${c.name}`}
              {c.status !== 'live' && <span className="ml-2 text-sm text-amber-800 dark:text-amber-300">({c.status})</span>}
            </h3>
            <div className="prose-kb mb-3 max-w-3xl">{c.description}</div>
            {c.detects.length ? (
              <DataTable caption={`Techniques ${c.name} detects`} markdown columns={[{ label: 'Technique', width: 'w-1/3' }, 'Detects']}>
                <tbody>
                  {c.detects.map((d) => (
                    <tr key={d.technique.id} id={d.anchor}>
                      <th scope="row">
                        <TechniqueLink technique={d.technique} />
                        <RowLink anchor={d.anchor} />
                      </th>
                      <td>{d.text}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p className="text-sm">ATT&amp;CK v{view.attackVersion} lists no technique this data component detects.</p>
            )}
          </section>
        ))}
      </Section>
      <References entries={view.references} />
    </article>
  );
}

/** The data sources of a release before v18.0, one row each. */
export function DataSourceIndex({ rows, attackVersion }: { rows: DataSourceIndexRow[]; attackVersion: string }) {
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Data sources' }]} />
      <PageTitle kind={`ATT&CK v${attackVersion}`}>Data sources</PageTitle>
      <p className="mb-6 max-w-3xl">
        {rows.length} data sources. Each has data components (kinds of telemetry), and each component lists the techniques it helps detect, with
        ATT&amp;CK&apos;s text on what to look for. Deprecated data sources keep their pages but are not listed.
      </p>
      <DataTable caption="Data sources" ids columns={['ID', 'Name', { label: 'Components', numeric: true }, { label: 'Techniques', numeric: true }, 'Platforms']}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={r.href}>{r.id}</Link>
              </td>
              <td>
                <Link href={r.href}>{r.name}</Link>
              </td>
              <td>{r.components}</td>
              <td>{r.techniques}</td>
              <td>{r.platforms.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </article>
  );
}

/** On a technique page (before v18.0): the data components that detect it (the mitigation table's shape). */
export function SourceDetections({ rows }: { rows: SourceDetectionView[] }) {
  return (
    <DataTable
      caption="Data components that detect it"
      stack
      ids="small"
      markdown
      columns={[{ label: 'ID', width: 'w-20' }, { label: 'Data source', width: 'w-40' }, { label: 'Data component', width: 'w-48' }, 'Detects']}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.anchor} id={r.anchor}>
            <td>
              {r.source.id}
              <RowLink anchor={r.anchor} />
            </td>
            <th scope="row">
              <Link href={r.source.href}>{r.source.name}</Link>
            </th>
            <td>
              <Link href={r.component.href}>{r.component.name}</Link>
            </td>
            <td>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
