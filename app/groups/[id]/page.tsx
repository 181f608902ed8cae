import { cache } from 'react';
import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { FormerRoute, formerMetadata } from '@/app/_lib/former-route';
import { formerParams, historyViewFor } from '@/app/_lib/views/history';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
import { buildGroup, groupParams } from '@/app/_lib/views/group';
import { groupHref } from '@/app/_lib/urls';
import { GroupPage } from '@/components/actors/GroupPage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => buildGroup(getContent(), id));

export const dynamicParams = false;

/** Ids ATT&CK published that are no longer in it (issue 17): a former-object page at the same path. */
const FORMER = ['group'] as const;

export function generateStaticParams() {
  const g = getContent();
  return [...groupParams(g), ...formerParams(g, FORMER)];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const former = formerMetadata(FORMER, id);
  if (former) return former;
  const v = viewOf(id);
  return pageMetadata({ title: `${v.facts.name} (${id}), group`, description: v.summary, path: groupHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  if (formerMetadata(FORMER, id)) return <FormerRoute concepts={FORMER} id={id} />;
  const view = viewOf(id);
  return <GroupPage view={view} history={historyViewFor(g, 'group', id)} actions={<PageActions {...pageActionProps(g, `${id} ${view.facts.name}`, groupHref(id), { subject: 'group', id })} />} />;
}
