import Link from 'next/link';
import { renderMarkdown, type CitationScope } from '@/app/_lib/markdown/render';
import type { CloudViewProps } from '@/app/_lib/views/hunting';
import { Section } from '@/components/ui/Section';
import { Tag } from './Badges';

/**
 * The cloud side of a technique in one place: its cloud platforms, the ATT&CK analytics written
 * for those platforms, and the CCM controls mapped to it. Renders nothing for techniques without
 * a cloud platform. Pass the page's CitationScope so analytic citations number with the page's.
 */
export function CloudView({ techniqueId, platforms, analytics, controls, mappingAttackVersion, kubernetesCount, citations }: CloudViewProps & { citations?: CitationScope }) {
  return (
    <Section id="cloud" title="Cloud context">
      <p className="flex flex-wrap items-center gap-1.5 text-sm">
        <span>{techniqueId} applies to</span>
        {platforms.map((p) => (
          <Tag key={p}>{p}</Tag>
        ))}
        {kubernetesCount > 0 && (
          <span>
            · <a href="#kubernetes">{kubernetesCount} Kubernetes threat-matrix technique{kubernetesCount === 1 ? '' : 's'}</a>
          </span>
        )}
      </p>

      <h3 className="mt-4 text-base font-semibold">Analytics for these platforms</h3>
      {analytics.length === 0 ? (
        <p className="text-sm">ATT&amp;CK’s detection strategies for {techniqueId} have no analytic written for a cloud platform.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {analytics.map((a) => (
            <li key={a.id} id={a.anchor} className="scroll-mt-4 text-sm">
              <p>
                <span className="font-medium">
                  {a.id} {a.name}
                </span>{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  ({a.platforms.join(', ')}) from <Link href={a.strategy.href}>{a.strategy.id}</Link>
                </span>
              </p>
              {a.logSources.length > 0 && (
                <p className="text-slate-700 dark:text-slate-300">
                  Log sources:{' '}
                  {a.logSources.map((l, i) => (
                    <span key={`${l.dataComponent.id}-${l.name}-${l.channel ?? ''}`}>
                      {i > 0 && '; '}
                      <Link href={l.dataComponent.href}>{l.dataComponent.name}</Link> ({l.name}
                      {l.channel ? `: ${l.channel}` : ''})
                    </span>
                  ))}
                </p>
              )}
              {a.description && (
                <details>
                  <summary className="cursor-pointer">What to look for</summary>
                  <div className="prose-kb mt-1">{renderMarkdown(a.description, { references: a.references, citations })}</div>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-4 text-base font-semibold">CCM controls</h3>
      {controls.length === 0 ? (
        <p className="text-sm">The CTID mapping (made against ATT&amp;CK {mappingAttackVersion}) maps no CCM v4.1 control to {techniqueId}.</p>
      ) : (
        <>
          <p className="text-sm">CSA Cloud Controls Matrix v4.1 controls that mitigate {techniqueId}, per the CTID mapping made against ATT&amp;CK {mappingAttackVersion}:</p>
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {controls.map((c) => (
              <li key={c.id}>
                <Link href={c.href}>{c.id}</Link> {c.title ?? <span className="text-slate-600 dark:text-slate-400">(title not in the open data)</span>}{' '}
                <span className="text-slate-600 dark:text-slate-400">· {c.domainName}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
