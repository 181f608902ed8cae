import { cache } from 'react';
import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { buildDetectionStrategy, detectionParams } from '@/app/_lib/views/detection';
import { detectionStrategyHref } from '@/app/_lib/urls';
import { DetectionStrategyPage } from '@/components/detection/DetectionStrategyPage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => buildDetectionStrategy(getContent(), id));

export const dynamicParams = false;

export function generateStaticParams() {
  return detectionParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = viewOf(id);
  return pageMetadata({ title: `${v.facts.name} (${id})`, description: v.summary, path: detectionStrategyHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <DetectionStrategyPage view={viewOf(id)} />;
}
