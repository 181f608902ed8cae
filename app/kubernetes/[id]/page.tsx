import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { notFound } from 'next/navigation';
import { kubernetesMitigationView, kubernetesPageIds, kubernetesTechniqueView } from '@/app/_lib/views/kubernetes';
import { HREFS, kubernetesHref } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { KubernetesMitigationDetail, KubernetesTechniqueDetail } from '@/components/hunting/KubernetesDetail';

export const dynamicParams = false;

export function generateStaticParams() {
  return kubernetesPageIds().pages.map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = kubernetesTechniqueView(id) ?? kubernetesMitigationView(id);
  if (!v) return {};
  return pageMetadata({ title: `${v.id} ${v.name} (Kubernetes)`, description: v.summary.slice(0, 300), path: kubernetesHref(v.id) });
}

export default async function KubernetesEntryPage({ params }: Props) {
  const { id } = await params;
  const technique = kubernetesTechniqueView(id);
  const mitigation = technique ? undefined : kubernetesMitigationView(id);
  const v = technique ?? mitigation;
  if (!v) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: HREFS.kubernetes, label: 'Threat Matrix for Kubernetes' }, { label: v.id }]} />
      <p className="text-sm text-slate-600 dark:text-slate-400">Kubernetes {technique ? 'technique' : 'mitigation'}</p>
      <h1 className="mb-4 text-3xl font-semibold">{v.name}</h1>
      {technique ? <KubernetesTechniqueDetail {...technique} /> : <KubernetesMitigationDetail {...mitigation!} />}
    </>
  );
}
