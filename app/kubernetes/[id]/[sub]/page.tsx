import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { notFound } from 'next/navigation';
import { kubernetesMitigationView, kubernetesPageIds } from '@/app/_lib/views/kubernetes';
import { HREFS, kubernetesHref } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { KubernetesMitigationDetail } from '@/components/hunting/KubernetesDetail';

export const dynamicParams = false;

/** Sub-mitigations: MS-M9005.001 → /kubernetes/MS-M9005/001/. */
export function generateStaticParams() {
  return kubernetesPageIds().subPages;
}

type Props = { params: Promise<{ id: string; sub: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, sub } = await params;
  const v = kubernetesMitigationView(`${id}.${sub}`);
  if (!v) return {};
  return pageMetadata({ title: `${v.id} ${v.name} (Kubernetes)`, description: v.summary.slice(0, 300), path: kubernetesHref(v.id) });
}

export default async function KubernetesSubMitigationPage({ params }: Props) {
  const { id, sub } = await params;
  const v = kubernetesMitigationView(`${id}.${sub}`);
  if (!v) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: HREFS.kubernetes, label: 'Threat Matrix for Kubernetes' },
          ...(v.parent ? [{ href: v.parent.href, label: v.parent.id }] : []),
          { label: v.id },
        ]}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">Kubernetes sub-mitigation</p>
      <h1 className="mb-4 text-3xl font-semibold">{v.name}</h1>
      <KubernetesMitigationDetail {...v} />
    </>
  );
}
