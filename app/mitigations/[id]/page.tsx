import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { FormerRoute, formerMetadata } from '@/app/_lib/former-route';
import { historyViewFor, mitigationParams } from '@/app/_lib/views/history';
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

/**
 * Besides the mitigations, the per-technique mitigations of ATT&CK v1.0–v4.0 (course-of-action
 * objects with T ids, /mitigations/T1133/) and any mitigation no longer in ATT&CK (issue 17).
 */
const FORMER = ['technique-mitigation', 'mitigation'] as const;

export function generateStaticParams() {
  return mitigationParams(getContent());
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const former = formerMetadata(FORMER, id);
  if (former) return former;
  const m = getContent().mitigations.get(id)!;
  return pageMetadata({ title: `${id} ${m.name}`, description: truncate(markdownToPlainText(m.body)), path: mitigationHref(id) });
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const g = getContent();
  if (formerMetadata(FORMER, id)) return <FormerRoute concepts={FORMER} id={id} />;
  const view = buildMitigationView(g, id);
  const actions = <PageActions {...pageActionProps(g, `${id} ${view.name}`, mitigationHref(id), { subject: 'mitigation', id })} />;
  const kubernetes = <KubernetesMitigationEntries {...kubernetesForMitigation(id, g)} />;
  return <MitigationPage view={view} actions={actions} kubernetes={kubernetes} history={historyViewFor(g, 'mitigation', id)} />;
}
