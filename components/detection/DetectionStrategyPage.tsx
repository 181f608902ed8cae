import type { DetectionStrategyView } from '@/app/_lib/views/detection';
import { HREFS } from '@/app/_lib/urls';
import { ActorFactsList } from '@/components/actors/ActorFactsList';
import { DeprecatedNotice } from '@/components/actors/DeprecatedNotice';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageTitle } from '@/components/ui/PageTitle';
import { References } from '@/components/ui/References';
import { Section } from '@/components/ui/Section';
import { AnalyticSection } from './AnalyticSection';
import { TechniqueList } from './TechniqueList';

export function DetectionStrategyPage({ view }: { view: DetectionStrategyView }) {
  const f = view.facts;
  return (
    <article>
      <Breadcrumbs items={[{ href: HREFS.detectionStrategies, label: 'Detection strategies' }, { label: f.id }]} />
      <PageTitle kind="Detection strategy" id={f.id}>
        {f.name}
      </PageTitle>
      <DeprecatedNotice kind="detection strategy" name={f.name} status={f.status} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          {view.description && <div className="prose-kb mb-4 max-w-3xl">{view.description}</div>}
          <h2 className="mb-2 text-xl font-semibold" id="techniques">
            Techniques detected
          </h2>
          <TechniqueList techniques={view.techniques} />
        </div>
        <ActorFactsList facts={f} attackVersion={view.attackVersion} extra={[{ label: 'Platforms', value: view.platforms.join(', ') || undefined }]} />
      </div>
      <Section id="analytics" title="Analytics" count={view.analytics.length}>
        <p className="max-w-3xl text-sm">Each analytic is the strategy applied to a platform: what to look for, in which log sources, and what to tune.</p>
        {view.analytics.map((a) => (
          <AnalyticSection key={a.id} a={a} />
        ))}
      </Section>
      <References entries={view.references} />
    </article>
  );
}
