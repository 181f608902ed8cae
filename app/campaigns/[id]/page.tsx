import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { buildCampaign, campaignParams } from '@/app/_lib/views/campaign';
import { campaignHref } from '@/app/_lib/urls';
import { CampaignPage } from '@/components/actors/CampaignPage';

export const dynamicParams = false;

export function generateStaticParams() {
  return campaignParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = buildCampaign(getContent(), id);
  return { title: `${v.facts.name} (${id}), campaign`, description: v.summary, alternates: { canonical: campaignHref(id) } };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <CampaignPage view={buildCampaign(getContent(), id)} />;
}
