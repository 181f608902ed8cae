import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { FormerRoute, formerMetadata } from '@/app/_lib/former-route';
import { formerParams } from '@/app/_lib/views/history';

/**
 * ATT&CK data sources (DS0014 …), deprecated in v18.0 and not shown here otherwise: a
 * former-object page at attack.mitre.org's path, /datasources/DS0014/ (issue 17).
 */
const FORMER = ['data-source'] as const;

export const dynamicParams = false;

export function generateStaticParams() {
  return formerParams(getContent(), FORMER);
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return formerMetadata(FORMER, id)!;
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <FormerRoute concepts={FORMER} id={id} />;
}
