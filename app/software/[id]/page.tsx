import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
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
  return pageMetadata({ title: `${v.facts.name} (${id}), software`, description: v.summary, path: softwareHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  const view = buildSoftware(g, id);
  return <SoftwarePage view={view} actions={<PageActions {...pageActionProps(g, `${id} ${view.facts.name}`, softwareHref(id))} />} />;
}
