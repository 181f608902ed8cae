import Link from 'next/link';
import type { SigmaRuleItem, SigmaRulesProps } from '@/app/_lib/views/hunting';
import { Section } from '@/components/ui/Section';
import { LevelBadge, StatusBadge } from './Badges';
import { CodeBlock } from './CodeBlock';

function Via({ via }: { via: SigmaRuleItem['via'] }) {
  if (!via.length) return null;
  return (
    <span className="text-xs text-slate-600 dark:text-slate-400">
      via{' '}
      {via.map((v, i) => (
        <span key={v.id}>
          {i > 0 && ', '}
          <Link href={v.href}>{v.id}</Link>
        </span>
      ))}
    </span>
  );
}

function RuleDetail({ rule }: { rule: SigmaRuleItem }) {
  const d = rule.detail!;
  return (
    <li id={rule.anchor} className="scroll-mt-4 border-l-2 border-slate-300 pl-3 dark:border-slate-600">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 className="text-base font-semibold">{rule.title}</h3>
        <LevelBadge level={rule.level} />
        <StatusBadge status={rule.status} />
        <Via via={rule.via} />
      </div>
      <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">
        <span className="sr-only">Log source: </span>
        {rule.logsource} · by {rule.author}
        {rule.date && ` · ${rule.date}`}
        {rule.modified && rule.modified !== rule.date && ` (modified ${rule.modified})`} ·{' '}
        <a href={rule.sourceUrl} rel="noopener noreferrer external" className="break-all">
          {rule.path}
        </a>
        {rule.collection !== 'core' && ` (${rule.collection})`}
      </p>
      {d.description && <p className="mt-1 text-sm whitespace-pre-line">{d.description}</p>}
      {d.falsePositives.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="font-medium">False positives:</span> {d.falsePositives.join('; ')}
        </p>
      )}
      <details className="mt-1">
        <summary className="cursor-pointer text-sm">Rule YAML</summary>
        <CodeBlock id={`${rule.anchor}-yaml`} code={d.yaml} label={`YAML of Sigma rule “${rule.title}”`} caption={`${rule.path} · © ${rule.author} · DRL 1.1`} />
      </details>
    </li>
  );
}

function RuleRow({ rule }: { rule: SigmaRuleItem }) {
  return (
    <li id={rule.anchor} className="scroll-mt-4">
      <a href={rule.sourceUrl} rel="noopener noreferrer external">
        {rule.title}
      </a>{' '}
      <LevelBadge level={rule.level} /> <span className="text-slate-600 dark:text-slate-400">
        {rule.status} · {rule.logsource} · by {rule.author}
      </span>{' '}
      <Via via={rule.via} />
    </li>
  );
}

/** Sigma rules tagged with a technique: most severe and most mature first, each credited and linked. */
export function SigmaRules({ techniqueId, rules, detailed, levelCounts, release, licence }: SigmaRulesProps) {
  const releaseName = release ? `SigmaHQ release ${release.ref}` : 'SigmaHQ';
  const first = rules.slice(0, detailed);
  const rest = rules.slice(detailed);
  const hasVia = rules.some((r) => r.via.length);
  return (
    <Section id="sigma" title="Sigma rules" count={rules.length}>
      {rules.length === 0 ? (
        <p className="text-sm">
          No rule in{' '}
          {release ? (
            <a href={release.url} rel="noopener noreferrer external">
              {releaseName}
            </a>
          ) : (
            releaseName
          )}{' '}
          is tagged with {techniqueId}.
        </p>
      ) : (
        <>
          <p className="text-sm">
            Detection rules from{' '}
            {release ? (
              <a href={release.url} rel="noopener noreferrer external">
                {releaseName}
              </a>
            ) : (
              releaseName
            )}{' '}
            tagged <code>attack.{techniqueId.toLowerCase()}</code>
            {hasVia ? ' or with one of its sub-techniques (marked “via”)' : ''}, most severe first:{' '}
            {levelCounts.map((c, i) => (
              <span key={c.level}>
                {i > 0 && ', '}
                {c.count} {c.level}
              </span>
            ))}
            .
          </p>
          <ol className="mt-3 space-y-3">
            {first.map((r) => (
              <RuleDetail key={r.id} rule={r} />
            ))}
          </ol>
          {rest.length > 0 && (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium">
                {rest.length} more rule{rest.length === 1 ? '' : 's'} (title links to the rule’s source and YAML)
              </summary>
              <ol start={detailed + 1} className="mt-2 ml-6 list-decimal space-y-1 text-sm">
                {rest.map((r) => (
                  <RuleRow key={r.id} rule={r} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        Sigma rules © their authors, as credited on each rule; published by SigmaHQ under the{' '}
        <a href={licence.url} rel="noopener noreferrer external license">
          {licence.name}
        </a>
        . Shown unmodified; each links to its source file.
      </p>
    </Section>
  );
}
