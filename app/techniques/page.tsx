import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import Link from '@/components/ui/Link';
import { getContent } from '@/app/_lib/content/loader';
import { HREFS } from '@/app/_lib/urls';
import { buildTechniqueIndex } from '@/app/_lib/views/technique';
import { TechniqueIndexTable } from '@/components/attack/TechniqueIndex';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Section } from '@/components/ui/Section';
import { Island } from '@/components/islands/Island';
import { techniqueFilterCss } from '@/components/attack/techniqueFilterCss';

export const metadata: Metadata = pageMetadata({ title: 'Techniques', description: 'Every MITRE ATT&CK Enterprise technique and sub-technique by id, with the number of CSA CCM v4.1 controls mapped to each.', path: HREFS.techniques });

export default function TechniquesPage() {
  const graph = getContent();
  const index = buildTechniqueIndex(graph);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Techniques' }]} />
      <h1 className="text-3xl font-bold">Techniques</h1>
      <p className="mt-2 mb-4 max-w-prose">
        {index.live.length} techniques and {index.subtechniqueCount} sub-techniques of ATT&amp;CK Enterprise v{graph.meta.attack.version}, by id, with
        sub-techniques under their parent. “CCM controls” counts the CSA CCM v{graph.meta.ccm.version} controls mapped to each one itself. Browse them by
        tactic in the <Link href={HREFS.matrix}>matrix</Link> or on the <Link href={HREFS.tactics}>tactic pages</Link>.
      </p>
      <div data-tf="">
        <style href="technique-index-filter" precedence="default">
          {techniqueFilterCss(index.filters.tactics, index.filters.platforms)}
        </style>
        <Island name="TechniqueFilter" props={{ ...index.filters, total: index.live.length + index.subtechniqueCount }} />
        <TechniqueIndexTable rows={index.live} caption="Live techniques and sub-techniques by id" filterable />
      </div>
      <Section id="deprecated" title="Deprecated techniques" count={index.deprecated.length}>
        <p className={`mb-2 max-w-prose text-sm text-slate-600 dark:text-slate-400`}>
          ATT&amp;CK has withdrawn these; their pages stay so old links resolve. Techniques ATT&amp;CK replaced (revoked) redirect to their replacement.
        </p>
        <TechniqueIndexTable rows={index.deprecated} caption="Deprecated techniques" showTactics={false} />
      </Section>
    </>
  );
}
