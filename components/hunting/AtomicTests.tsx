import Link from 'next/link';
import { renderMarkdown } from '@/app/_lib/markdown/render';
import type { AtomicTestItem, AtomicTestsProps } from '@/app/_lib/views/hunting';
import { Section } from '@/components/ui/Section';
import { Tag } from './Badges';
import { CodeBlock } from './CodeBlock';

const EXECUTOR_LABEL: Record<string, string> = {
  powershell: 'PowerShell',
  command_prompt: 'Command Prompt',
  sh: 'sh',
  bash: 'bash',
  manual: 'manual steps',
};
const executorLabel = (name: string) => EXECUTOR_LABEL[name] ?? name;

function TestFacts({ test }: { test: AtomicTestItem }) {
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm">
      {test.platforms.map((p) => (
        <Tag key={p}>{p}</Tag>
      ))}
      <span className="text-slate-600 dark:text-slate-400">
        · {executorLabel(test.executorName)}
        {test.elevationRequired ? ' · needs admin/root' : ''}
      </span>
    </p>
  );
}

function TestDetail({ test, techniqueId }: { test: AtomicTestItem; techniqueId: string }) {
  const d = test.detail!;
  const ex = d.executor;
  return (
    <li id={test.anchor} className="scroll-mt-4 rounded border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="text-base font-semibold">
        <span className="text-slate-600 dark:text-slate-400">#{test.number}</span> {test.name}
      </h3>
      <TestFacts test={test} />
      {d.description && <div className="prose-kb mt-2 text-sm">{renderMarkdown(d.description)}</div>}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm">{ex.steps ? 'Steps' : 'Commands'}, arguments and dependencies</summary>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          GUID <code>{test.guid}</code>
        </p>
        {d.inputArguments.length > 0 && (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="text-left text-sm font-medium">Input arguments</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    Name
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Type
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Default
                  </th>
                  <th scope="col" className="py-1">
                    Description
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.inputArguments.map((a) => (
                  <tr key={a.name} className="border-b border-slate-100 align-top dark:border-slate-800">
                    <td className="py-1 pr-3">
                      <code>{a.name}</code>
                    </td>
                    <td className="py-1 pr-3">{a.type}</td>
                    <td className="max-w-xs py-1 pr-3 break-all">{a.default === null ? '' : <code>{a.default}</code>}</td>
                    <td className="py-1">{a.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ex.steps && <CodeBlock id={`${test.anchor}-steps`} code={ex.steps} label={`Steps of Atomic test ${test.number}`} caption="Steps (manual)" />}
        {ex.command && (
          <CodeBlock id={`${test.anchor}-command`} code={ex.command} label={`Command of Atomic test ${test.number}`} caption={`Command (${executorLabel(ex.name)})`} />
        )}
        {ex.cleanupCommand && (
          <CodeBlock id={`${test.anchor}-cleanup`} code={ex.cleanupCommand} label={`Cleanup command of Atomic test ${test.number}`} caption="Cleanup" />
        )}
        {d.dependencies.length > 0 && (
          <div className="mt-2 text-sm">
            <p className="font-medium">
              Dependencies{d.dependencyExecutorName ? ` (checked with ${executorLabel(d.dependencyExecutorName)})` : ''}
            </p>
            <ol className="ml-5 list-decimal space-y-2">
              {d.dependencies.map((dep, i) => (
                <li key={i}>
                  <p className="whitespace-pre-line">{dep.description}</p>
                  {dep.prereqCommand && (
                    <CodeBlock id={`${test.anchor}-prereq-${i + 1}`} code={dep.prereqCommand} label={`Prerequisite check ${i + 1} of Atomic test ${test.number}`} caption="Check" />
                  )}
                  {dep.getPrereqCommand && (
                    <CodeBlock
                      id={`${test.anchor}-getprereq-${i + 1}`}
                      code={dep.getPrereqCommand}
                      label={`Prerequisite install ${i + 1} of Atomic test ${test.number}`}
                      caption="Get prerequisite"
                    />
                  )}
                </li>
              ))}
            </ol>
          </div>
        )}
        <CodeBlock
          id={`${test.anchor}-invoke`}
          code={`Invoke-AtomicTest ${techniqueId} -TestGuids ${test.guid}`}
          label={`Invoke-AtomicRedTeam command for Atomic test ${test.number}`}
          caption="Run with Invoke-AtomicRedTeam"
        />
      </details>
    </li>
  );
}

function TestRow({ test, sourceUrl }: { test: AtomicTestItem; sourceUrl: string | null }) {
  return (
    <li id={test.anchor} className="scroll-mt-4">
      <span className="text-slate-600 dark:text-slate-400">#{test.number}</span>{' '}
      {sourceUrl ? (
        <a href={sourceUrl} rel="noopener noreferrer external">
          {test.name}
        </a>
      ) : (
        test.name
      )}{' '}
      <span className="text-slate-600 dark:text-slate-400">
        · {test.platforms.join(', ')} · {executorLabel(test.executorName)}
        {test.elevationRequired ? ' · needs admin/root' : ''}
      </span>
    </li>
  );
}

/** Atomic Red Team tests for a technique: what runs, where, and how to clean up; commands copyable. */
export function AtomicTests({ techniqueId, tests, detailed, sourceUrl, subtechniques, release, licence }: AtomicTestsProps) {
  const releaseName = release ? `Atomic Red Team (commit ${release.ref})` : 'Atomic Red Team';
  const releaseLink = release ? (
    <a href={release.url} rel="noopener noreferrer external">
      {releaseName}
    </a>
  ) : (
    releaseName
  );
  const first = tests.slice(0, detailed);
  const rest = tests.slice(detailed);
  return (
    <Section id="atomic-tests" title="Atomic Red Team tests" count={tests.length}>
      {tests.length === 0 ? (
        <p className="text-sm">
          {releaseLink} has no tests for {techniqueId}
          {subtechniques.length ? '; its sub-techniques have:' : '.'}
        </p>
      ) : (
        <p className="text-sm">
          Small, scripted tests from {releaseLink} that exercise {techniqueId}, to check that detections fire. Run them only on systems you own and may
          break. Source:{' '}
          {sourceUrl && (
            <a href={sourceUrl} rel="noopener noreferrer external">
              atomics/{techniqueId}/{techniqueId}.yaml
            </a>
          )}
          .
        </p>
      )}
      {subtechniques.length > 0 && (
        <ul className="mt-2 ml-5 list-disc text-sm">
          {subtechniques.map((s) => (
            <li key={s.id}>
              <Link href={`${s.href}#atomic-tests`}>
                {s.id} {s.name}
              </Link>{' '}
              <span className="text-slate-600 dark:text-slate-400">
                ({s.count} test{s.count === 1 ? '' : 's'})
              </span>
            </li>
          ))}
        </ul>
      )}
      {first.length > 0 && (
        <ol className="mt-3 space-y-3">
          {first.map((t) => (
            <TestDetail key={t.guid} test={t} techniqueId={techniqueId} />
          ))}
        </ol>
      )}
      {rest.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">
            {rest.length} more test{rest.length === 1 ? '' : 's'} (commands in the source file)
          </summary>
          <ul className="mt-2 space-y-1 text-sm">
            {rest.map((t) => (
              <TestRow key={t.guid} test={t} sourceUrl={sourceUrl} />
            ))}
          </ul>
        </details>
      )}
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
    </Section>
  );
}
