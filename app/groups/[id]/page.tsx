import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { buildGroup, groupParams } from '@/app/_lib/views/group';
import { groupHref } from '@/app/_lib/urls';
import { GroupPage } from '@/components/actors/GroupPage';

export const dynamicParams = false;

export function generateStaticParams() {
  return groupParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = buildGroup(getContent(), id);
  return { title: `${v.facts.name} (${id}), group`, description: v.summary, alternates: { canonical: groupHref(id) } };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <GroupPage view={buildGroup(getContent(), id)} />;
}
