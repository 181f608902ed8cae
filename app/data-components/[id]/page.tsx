import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { buildDataComponent, dataComponentParams } from '@/app/_lib/views/detection';
import { dataComponentHref } from '@/app/_lib/urls';
import { DataComponentPage } from '@/components/detection/DataComponentPage';

export const dynamicParams = false;

export function generateStaticParams() {
  return dataComponentParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = buildDataComponent(getContent(), id);
  return pageMetadata({ title: `${v.facts.name} (${id}), data component`, description: v.summary, path: dataComponentHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <DataComponentPage view={buildDataComponent(getContent(), id)} />;
}
