import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { kubernetesMatrixView } from '@/app/_lib/views/kubernetes';
import { HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { KubernetesMatrix } from '@/components/hunting/KubernetesMatrix';

export const metadata: Metadata = pageMetadata({ title: 'Threat Matrix for Kubernetes', description: 'Microsoft’s threat matrix for Kubernetes: techniques by tactic, mitigations, and how each maps to MITRE ATT&CK Enterprise techniques and mitigations.', path: HREFS.kubernetes });

export default function KubernetesPage() {
  const view = kubernetesMatrixView();
  return (
    <>
      <Breadcrumbs items={[{ label: 'Threat Matrix for Kubernetes' }]} />
      <h1 className="mb-4 text-3xl font-semibold">Threat Matrix for Kubernetes</h1>
      <KubernetesMatrix {...view} />
    </>
  );
}
