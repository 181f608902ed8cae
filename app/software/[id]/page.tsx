import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { buildSoftware, softwareParams } from '@/app/_lib/views/software';
import { softwareHref } from '@/app/_lib/urls';
import { SoftwarePage } from '@/components/actors/SoftwarePage';

export const dynamicParams = false;

export function generateStaticParams() {
  return softwareParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = buildSoftware(getContent(), id);
  return { title: `${v.facts.name} (${id}), software`, description: v.summary, alternates: { canonical: softwareHref(id) } };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <SoftwarePage view={buildSoftware(getContent(), id)} />;
}
