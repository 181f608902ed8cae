import Link from '@/components/ui/Link';
import { renderMarkdown } from '@/app/_lib/markdown/render';
import type { AtomicTestItem, AtomicTestsProps } from '@/app/_lib/views/hunting';
import { Section } from '@/components/ui/Section';
import { atomicCountText } from './atomicCount';
import styles from './hunting.module.css';
import { CodeBlock } from './CodeBlock';
import { movedAnchors } from './moved-anchors';
import { Island } from '@/components/islands/Island';
import { AF, atomicFilterCss } from './atomicFilterCss';

const EXECUTOR_LABEL: Record<string, string> = {
  powershell: 'PowerShell',
  command_prompt: 'Command Prompt',
  sh: 'sh',
  bash: 'bash',
  manual: 'manual steps',
};
const executorLabel = (name: string) => EXECUTOR_LABEL[name] ?? name;

function Detail({ test, techniqueId }: { test: AtomicTestItem; techniqueId: string }) {
  const d = test.detail!;
  const ex = d.executor;
  const n = test.number;
  return (
    <>
      {d.description && <div className="prose-kb">{renderMarkdown(d.description)}</div>}
      <details>
        <summary>{ex.steps ? 'Steps' : 'Commands'}, arguments and dependencies</summary>
        {d.inputArguments.length > 0 && (
          <div className="overflow-x-auto">
            <table>
              <caption>Input arguments</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Default</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {d.inputArguments.map((a) => (
                  <tr key={a.name}>
                    <td>
                      <code>{a.name}</code>
                    </td>
                    <td>{a.type}</td>
                    <td className="break-all">{a.default === null ? '' : <code>{a.default}</code>}</td>
                    <td>{a.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ex.steps && <CodeBlock code={ex.steps} label={`Steps of Atomic test ${n}`} caption="Steps (manual)" />}
        {ex.command && <CodeBlock code={ex.command} label={`Command of Atomic test ${n}`} caption={`Command (${executorLabel(ex.name)})`} />}
        {ex.cleanupCommand && <CodeBlock code={ex.cleanupCommand} label={`Cleanup command of Atomic test ${n}`} caption="Cleanup" />}
        {d.dependencies.map((dep, i) => (
          <div key={i}>
            <p>
              Dependency{d.dependencyExecutorName ? ` (${executorLabel(d.dependencyExecutorName)})` : ''}: {dep.description}
            </p>
            {dep.prereqCommand && <CodeBlock code={dep.prereqCommand} label={`Prerequisite check ${i + 1} of Atomic test ${n}`} caption="Check" />}
            {dep.getPrereqCommand && (
              <CodeBlock code={dep.getPrereqCommand} label={`Prerequisite install ${i + 1} of Atomic test ${n}`} caption="Get prerequisite" />
            )}
          </div>
        ))}
        <CodeBlock
          code={`Invoke-AtomicTest ${techniqueId} -TestGuids ${test.guid}`}
          label={`Invoke-AtomicRedTeam command for Atomic test ${n}`}
          caption="Run with Invoke-AtomicRedTeam"
        />
      </details>
    </>
  );
}

function Test({ test, techniqueId, pageHref }: { test: AtomicTestItem; techniqueId: string; pageHref: string | null }) {
  return (
    <li id={test.anchor} value={test.number} data-p={AF.platformsValue(test.platforms)} data-x={AF.slug(test.executorName)}>
      {pageHref && !test.detail ? (
        <Link href={`${pageHref}#${test.anchor}`}>{test.name}</Link>
      ) : (
        <strong>{test.name}</strong>
      )}{' '}
      <small>{`${test.platforms.join(', ')} · ${executorLabel(test.executorName)}${test.elevationRequired ? ' · needs admin/root' : ''}`}</small>
      {test.detail && <Detail test={test} techniqueId={techniqueId} />}
    </li>
  );
}

/** Atomic Red Team tests for a technique: what runs, where, and how to clean up; commands copyable. */
export function AtomicTests({ techniqueId, tests, total, fullListHref, sourceUrl, subtechniques, release, licence, filters }: AtomicTestsProps) {
  const releaseLink = release ? (
    <a href={release.url} rel="noopener noreferrer external">
      {`Atomic Red Team (commit ${release.ref})`}
    </a>
  ) : (
    'Atomic Red Team'
  );
  const pageHref = fullListHref ? fullListHref.split('#')[0]! : null;
  return (
    <Section id="atomic-tests" title="Atomic Red Team tests" count={atomicCountText({ techniqueId, total, subtechniques })}>
      <div className={styles.list} {...(filters ? { [AF.root]: '' } : {})}>
        {total === 0 ? (
          <p>
            {releaseLink} has no tests for {techniqueId}
            {subtechniques.length ? '; its sub-techniques have:' : '.'}
          </p>
        ) : (
          <p>
            Scripted tests from {releaseLink}
            {` that exercise ${techniqueId}, numbered as in `}
            {sourceUrl ? (
              <a href={sourceUrl} rel="noopener noreferrer external">{`atomics/${techniqueId}/${techniqueId}.yaml`}</a>
            ) : (
              'the source file'
            )}
            . Run them only on systems you own and may break.
          </p>
        )}
        {subtechniques.length > 0 && (
          <ul className="ml-5 list-disc">
            {subtechniques.map((s) => (
              <li key={s.id}>
                <Link href={`${s.href}#atomic-tests`}>
                  {s.id} {s.name}
                </Link>{' '}
                <small>
                  ({s.count} test{s.count === 1 ? '' : 's'})
                </small>
              </li>
            ))}
          </ul>
        )}
        {filters && (
          <>
            <style href="atomic-filter" precedence="default">
              {atomicFilterCss(filters)}
            </style>
            <Island name="AtomicFilter" props={{ filters, total }} />
          </>
        )}
        {tests.length > 0 && (
          <ol {...movedAnchors(fullListHref, tests.length < total, 'atomic-')}>
            {tests.map((t) => (
              <Test key={t.guid} test={t} techniqueId={techniqueId} pageHref={pageHref} />
            ))}
          </ol>
        )}
        {fullListHref && (
          <p>
            {tests.length < total && `${total - tests.length} more on the hunting page. `}
            <Link href={fullListHref}>{`${total > 1 ? `All ${total} tests` : 'The test'} with commands, arguments, dependencies and cleanup`}</Link>
          </p>
        )}
      </div>
      {total > 0 && (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Atomic Red Team © 2018 Red Canary, Inc., under the{' '}
          <a href={licence.url} rel="noopener noreferrer external license">
            {licence.name}
          </a>
          {release && (
            <>
              {' '}
              (
              <a href={`https://github.com/${release.repo}/blob/${release.ref}/LICENSE.txt`} rel="noopener noreferrer external">
                licence text
              </a>
              )
            </>
          )}
          . Tests shown as published.
        </p>
      )}
    </Section>
  );
}
