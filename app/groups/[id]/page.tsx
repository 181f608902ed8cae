import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
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
  return pageMetadata({ title: `${v.facts.name} (${id}), group`, description: v.summary, path: groupHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  const view = buildGroup(g, id);
  return <GroupPage view={view} actions={<PageActions {...pageActionProps(g, `${id} ${view.facts.name}`, groupHref(id), { subject: 'group', id })} />} />;
}
