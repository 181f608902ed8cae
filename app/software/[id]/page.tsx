import { cache } from 'react';
import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
import { buildSoftware, softwareParams } from '@/app/_lib/views/software';
import { softwareHref } from '@/app/_lib/urls';
import { SoftwarePage } from '@/components/actors/SoftwarePage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => buildSoftware(getContent(), id));

export const dynamicParams = false;

export function generateStaticParams() {
  return softwareParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = viewOf(id);
  return pageMetadata({ title: `${v.facts.name} (${id}), software`, description: v.summary, path: softwareHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  const view = viewOf(id);
  return <SoftwarePage view={view} actions={<PageActions {...pageActionProps(g, `${id} ${view.facts.name}`, softwareHref(id), { subject: 'software', id })} />} />;
}
