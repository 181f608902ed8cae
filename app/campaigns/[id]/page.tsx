import { cache } from 'react';
import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { FormerRoute, formerMetadata } from '@/app/_lib/former-route';
import { formerParams, historyViewFor } from '@/app/_lib/views/history';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
import { buildCampaign, campaignParams } from '@/app/_lib/views/campaign';
import { campaignHref } from '@/app/_lib/urls';
import { CampaignPage } from '@/components/actors/CampaignPage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => buildCampaign(getContent(), id));

export const dynamicParams = false;

/** Ids ATT&CK published that are no longer in it (issue 17): a former-object page at the same path. */
const FORMER = ['campaign'] as const;

export function generateStaticParams() {
  const g = getContent();
  return [...campaignParams(g), ...formerParams(g, FORMER)];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const former = formerMetadata(FORMER, id);
  if (former) return former;
  const v = viewOf(id);
  return pageMetadata({ title: `${v.facts.name} (${id}), campaign`, description: v.summary, path: campaignHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  if (formerMetadata(FORMER, id)) return <FormerRoute concepts={FORMER} id={id} />;
  const view = viewOf(id);
  return <CampaignPage view={view} history={historyViewFor(g, 'campaign', id)} actions={<PageActions {...pageActionProps(g, `${id} ${view.facts.name}`, campaignHref(id), { subject: 'campaign', id })} />} />;
}
