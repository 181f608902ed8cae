import { cache } from 'react';
import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { notFound } from 'next/navigation';
import { huntingPageIds, huntingPageViewFor } from '@/app/_lib/views/hunting';
import { HREFS, huntingHref } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { HuntingPage } from '@/components/hunting/HuntingPage';

/** Built once per page: generateMetadata and the page share it (React cache, per render). */
const viewOf = cache((id: string) => huntingPageViewFor(id));

export const dynamicParams = false;

export function generateStaticParams() {
  return huntingPageIds()
    .filter((id) => !id.includes('.'))
    .map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = viewOf(id);
  if (!v) return {};
  return pageMetadata({ title: `${v.id} ${v.name}: Sigma rules and Atomic tests`, description: `${v.sigma.total} Sigma detection rules and ${v.atomic.total} Atomic Red Team tests for ATT&CK ${v.id} ${v.name}, with cloud context.`, path: huntingHref(v.id) });
}

export default async function HuntingTechniquePage({ params }: Props) {
  const { id } = await params;
  const v = viewOf(id);
  if (!v) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: HREFS.techniques, label: 'Techniques' }, { href: v.techniqueHref, label: v.id }, { label: 'Hunting' }]} />
      <p className="text-sm text-slate-600 dark:text-slate-400">{v.id} · Sigma rules, Atomic tests and cloud context</p>
      <h1 className="mb-4 text-3xl font-semibold">{v.name}</h1>
      <HuntingPage {...v} />
    </>
  );
}
