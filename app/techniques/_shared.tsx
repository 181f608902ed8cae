/**
 * Shared by the technique and sub-technique routes: one view builder, one component.
 */
import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { huntingViewFor } from '@/app/_lib/views/hunting';
import { historyViewFor } from '@/app/_lib/views/history';
import { PageActions } from '@/components/ui/PageActions';
import { techniqueHref } from '@/app/_lib/urls';
import { buildTechniqueView, techniqueMeta } from '@/app/_lib/views/technique';
import { TechniquePage } from '@/components/attack/TechniquePage';

export function techniqueMetadata(id: string): Metadata {
  const meta = techniqueMeta(getContent(), id);
  return pageMetadata({ title: meta.title, description: meta.summary, path: techniqueHref(id) });
}

export function TechniqueRoute({ id }: { id: string }) {
  const g = getContent();
  const view = buildTechniqueView(g, id);
  const actions = <PageActions {...pageActionProps(g, `${view.id} ${view.name}`, view.href, { subject: 'technique', id: view.id })} />;
  return <TechniquePage view={view} actions={actions} hunting={huntingViewFor(id, g)} history={historyViewFor(g, 'technique', id)} />;
}
