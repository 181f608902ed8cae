import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getContent } from '@/app/_lib/content/loader';
import { mdxComponent } from '@/app/_lib/mdx/compile';
import { mdxComponents } from '@/app/_lib/mdx/components';
import { pageMetadata } from '@/app/_lib/metadata';
import { guideHref, HREFS } from '@/app/_lib/urls';
import { pageActionProps } from '@/app/_lib/views/actions';
import { GuideArticle } from '@/components/guides/GuideArticle';
import { PageActions } from '@/components/ui/PageActions';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getContent().pages.keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const page = getContent().pages.get((await params).slug);
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.description, path: guideHref(page.slug) });
}

export default async function GuidePage({ params }: { params: Promise<{ slug: string }> }) {
  const g = getContent();
  const page = g.pages.get((await params).slug);
  if (!page) notFound();
  const Body = await mdxComponent(page.body, page.file);
  return (
    <GuideArticle
      title={page.title}
      updated={page.updated}
      index={{ label: 'Guides', href: HREFS.guides }}
      actions={<PageActions {...pageActionProps(g, page.title, guideHref(page.slug))} />}
    >
      <Body components={mdxComponents} />
    </GuideArticle>
  );
}
