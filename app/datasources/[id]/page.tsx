import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { FormerRoute, formerMetadata } from '@/app/_lib/former-route';
import { pageMetadata } from '@/app/_lib/metadata';
import { dataSourceHref } from '@/app/_lib/urls';
import { buildDataSource, dataSourceParams } from '@/app/_lib/views/datasource';
import { formerParams } from '@/app/_lib/views/history';
import { DataSourcePage } from '@/components/detection/DataSourcePage';

/**
 * ATT&CK data sources (DS0029 …) at attack.mitre.org's path, /datasources/DS0029/ (issue 17): in a
 * snapshot of a release before v18.0, the data source with its components; in the current
 * release, which deprecated them all, a former-object page.
 */
const FORMER = ['data-source'] as const;

export const dynamicParams = false;

export function generateStaticParams() {
  const g = getContent();
  const own = dataSourceParams(g);
  const ids = new Set(own.map((p) => p.id));
  return [...own, ...formerParams(g, FORMER).filter((p) => !ids.has(p.id))];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const g = getContent();
  if (!g.dataSources.has(id)) return formerMetadata(FORMER, id)!;
  const v = buildDataSource(g, id);
  return pageMetadata({ title: `${v.facts.name} (${id}), data source`, description: v.summary, path: dataSourceHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  return g.dataSources.has(id) ? <DataSourcePage view={buildDataSource(g, id)} /> : <FormerRoute concepts={FORMER} id={id} />;
}
