/**
 * Shared by the technique and sub-technique routes: one view builder, one component.
 */
import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { absoluteUrl, techniqueHref } from '@/app/_lib/urls';
import { buildTechniqueView, techniqueMeta } from '@/app/_lib/views/technique';
import { TechniquePage } from '@/components/attack/TechniquePage';

export function techniqueMetadata(id: string): Metadata {
  const meta = techniqueMeta(getContent(), id);
  return {
    title: meta.title,
    description: meta.summary,
    alternates: { canonical: absoluteUrl(techniqueHref(id)) },
  };
}

export function TechniqueRoute({ id }: { id: string }) {
  const view = buildTechniqueView(getContent(), id);
  return <TechniquePage view={view} canonical={absoluteUrl(view.href)} />;
}
