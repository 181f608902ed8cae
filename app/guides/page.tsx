import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { guideHref, HREFS } from '@/app/_lib/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import Link from '@/components/ui/Link';
import { PageTitle } from '@/components/ui/PageTitle';

export const metadata: Metadata = pageMetadata({
  title: 'Guides',
  description: 'How the CCM ↔ ATT&CK mapping was made, how to cite this site in an audit report, and how to use the coverage analyzer.',
  path: HREFS.guides,
});

export default function GuidesPage() {
  const pages = [...getContent().pages.values()];
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Guides' }]} />
      <PageTitle kind="Guides">Guides</PageTitle>
      <ul className="mt-6 max-w-3xl space-y-4">
        {pages.map((p) => (
          <li key={p.slug}>
            <Link href={guideHref(p.slug)} className="font-semibold">
              {p.title}
            </Link>
            <p className="text-slate-700 dark:text-slate-300">{p.description}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
