import Link from '@/components/ui/Link';
import type { DataComponentView } from '@/app/_lib/views/detection';
import { HREFS } from '@/app/_lib/urls';
import { ActorFactsList } from '@/components/actors/ActorFactsList';
import { DeprecatedNotice } from '@/components/actors/DeprecatedNotice';
import { TechniqueLink } from '@/components/ccm/TechniqueLink';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DataTable } from '@/components/ui/DataTable';
import { PageTitle } from '@/components/ui/PageTitle';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { RowLink } from '@/components/ui/RowLink';

export function DataComponentPage({ view }: { view: DataComponentView }) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.dataComponents, label: 'Data components' }, { label: f.id }]} />
      <PageTitle kind="Data component" id={f.id}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind="data component" name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="prose-kb max-w-3xl">{view.description}</div>
        <ActorFactsList
          facts={f}
          attackVersion={view.attackVersion}
          extra={[
            { label: 'Used by', value: view.analyticCount ? `${view.analyticCount} analytics in ${view.strategyCount} detection strategies` : undefined },
          ]}
        />
      </div>

      {view.logSources.length > 0 && (
        <Section id="log-sources" title="Log sources" count={view.logSources.length}>
          <DataTable caption={`Log sources for ${f.name}`}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Channel</th>
              </tr>
            </thead>
            <tbody>
              {view.logSources.map((l, i) => (
                <tr key={i}>
                  <td>
                    <code>{l.name}</code>
                  </td>
                  <td className="break-words">{l.channel}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </Section>
      )}

      <Section id="techniques" title="Techniques detected with it" count={view.uses.length}>
        {view.uses.length ? (
          <>
            <p className="mb-3 max-w-3xl text-sm">Techniques whose detection strategies have an analytic that reads this data component, and which analytic.</p>
            <DataTable caption={`Techniques whose analytics use ${f.name}`}>
              <thead>
                <tr>
                  <th scope="col" className="w-1/3">
                    Technique
                  </th>
                  <th scope="col">Detection strategy and analytics</th>
                </tr>
              </thead>
              <tbody>
                {view.uses.map((u) => (
                  <tr key={u.technique.id} id={u.anchor}>
                    <th scope="row">
                      <TechniqueLink technique={u.technique} />
                      <RowLink anchor={u.anchor} />
                    </th>
                    <td>
                      <ul className="space-y-1">
                        {u.strategies.map((s) => (
                          <li key={s.id}>
                            <Link href={s.href} className="font-mono">
                              {s.id}
                            </Link>{' '}
                            {s.name}:{' '}
                            {s.analytics.map((a, i) => (
                              <span key={a.id}>
                                {i > 0 && ', '}
                                <Link href={a.href} className="font-mono">
                                  {a.id}
                                </Link>
                                {a.platforms.length > 0 && <span className="text-slate-600 dark:text-slate-400"> ({a.platforms.join(', ')})</span>}
                              </span>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </>
        ) : (
          <p className="text-sm">No analytic in ATT&amp;CK v{view.attackVersion} reads this data component.</p>
        )}
      </Section>
      <References entries={view.references} />
    </article>
  );
}
