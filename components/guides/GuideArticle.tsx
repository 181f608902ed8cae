import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { DateTime } from '@/components/ui/DateTime';
import { PageTitle } from '@/components/ui/PageTitle';

/** The frame of a page people write: title, last update, print header, actions, then the MDX body. */
export function GuideArticle({
  title,
  updated,
  index,
  actions,
  children,
}: {
  title: string;
  updated: string;
  index: { label: string; href: string };
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <article>
      <Breadcrumbs items={[{ label: index.label, href: index.href }, { label: title }]} />
      <PageTitle kind="Guide" after={<p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Updated <DateTime date={updated} /></p>}>
        {title}
      </PageTitle>
      {actions}
      <div className="prose-kb mt-6 max-w-3xl">{children}</div>
    </article>
  );
}
