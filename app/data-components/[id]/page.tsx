import { cache } from 'react';
import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { buildDataComponent, dataComponentParams } from '@/app/_lib/views/detection';
import { dataComponentHref } from '@/app/_lib/urls';
import { DataComponentPage } from '@/components/detection/DataComponentPage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => buildDataComponent(getContent(), id));

export const dynamicParams = false;

export function generateStaticParams() {
  return dataComponentParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = viewOf(id);
  return pageMetadata({ title: `${v.facts.name} (${id}), data component`, description: v.summary, path: dataComponentHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <DataComponentPage view={viewOf(id)} />;
}
