import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { HREFS } from '@/app/_lib/urls';
import { buildDataSourceIndex } from '@/app/_lib/views/datasource';
import { formerDataSources } from '@/app/_lib/views/history';
import { DataSourceIndex } from '@/components/detection/DataSourcePage';
import { FormerDataSourceIndex } from '@/components/history/FormerObjectPage';

/** Data sources: a release's own (snapshots before v18.0), or the former ones of the current release. */
export function generateMetadata(): Metadata {
  const g = getContent();
  return {
    ...pageMetadata({ title: 'Data sources', description: `MITRE ATT&CK data sources${g.dataSources.size ? '' : ' (deprecated in v18.0)'}: the telemetry ATT&CK recommended collecting, by data component.`, path: HREFS.dataSources }),
    ...(g.dataSources.size ? {} : { robots: { index: false, follow: true } }),
  };
}

export default function DataSourcesIndex() {
  const g = getContent();
  if (g.dataSources.size) return <DataSourceIndex rows={buildDataSourceIndex(g)} attackVersion={g.meta.attack.version} />;
  return <FormerDataSourceIndex rows={formerDataSources(g)} attackVersion={g.meta.attack.version} />;
}
