import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
import { kubernetesForMitigation } from '@/app/_lib/views/hunting';
import { KubernetesMitigationEntries } from '@/components/hunting/KubernetesEntries';
import { markdownToPlainText } from '@/app/_lib/markdown/render';
import { mitigationHref } from '@/app/_lib/urls';
import { buildMitigationView } from '@/app/_lib/views/mitigation';
import { truncate } from '@/app/_lib/views/technique';
import { MitigationPage } from '@/components/attack/MitigationPage';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getContent().mitigations.values()].filter((m) => m.status !== 'revoked').map((m) => ({ id: m.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const m = getContent().mitigations.get(id)!;
  return pageMetadata({ title: `${id} ${m.name}`, description: truncate(markdownToPlainText(m.body)), path: mitigationHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  const view = buildMitigationView(g, id);
  const actions = <PageActions {...pageActionProps(g, `${id} ${view.name}`, mitigationHref(id), { subject: 'mitigation', id })} />;
  const kubernetes = <KubernetesMitigationEntries {...kubernetesForMitigation(id, g)} />;
  return <MitigationPage view={view} actions={actions} kubernetes={kubernetes} />;
}
