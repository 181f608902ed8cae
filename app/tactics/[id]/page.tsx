import { cache } from 'react';
import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from '@/app/_lib/content/loader';
import { historyViewFor } from '@/app/_lib/views/history';
import { tacticHref } from '@/app/_lib/urls';
import { buildTacticView, liveTactics } from '@/app/_lib/views/tactic';
import { TacticPage } from '@/components/attack/TacticPage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => buildTacticView(getContent(), id));

export const dynamicParams = false;

export function generateStaticParams() {
  return liveTactics(getContent()).map((t) => ({ id: t.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const tactic = getContent().tactics.get(id)!;
  const view = viewOf(id);
  return pageMetadata({ title: `${id} ${tactic.name}`, description: view.summary, path: tacticHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <TacticPage view={viewOf(id)} history={historyViewFor(getContent(), 'tactic', id)} />;
}
