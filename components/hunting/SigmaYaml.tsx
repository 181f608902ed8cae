'use client';
/**
 * A rule's YAML inside a <details>: fetched from this site's static copy the first time a reader
 * opens it, then shown as text with a copy button. Without JavaScript the <details> holds a link
 * to the same file. Its only prop is the rule id: the page never carries the YAML itself.
 */
import { useState } from 'react';
import { anchorId, sigmaRuleYamlHref, withBasePath } from '@/app/_lib/urls';
import { CopyButton } from './CopyButton';

type State = { status: 'idle' | 'loading' | 'error' } | { status: 'done'; text: string };

export function SigmaYaml({ ruleId }: { ruleId: string }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const url = withBasePath(sigmaRuleYamlHref(ruleId));
  const id = `${anchorId('sigma', ruleId)}-yaml`;
  const label = 'the rule’s YAML';
  return (
    <details
      onToggle={(e) => {
        if (!e.currentTarget.open || state.status === 'loading' || state.status === 'done') return;
        setState({ status: 'loading' });
        fetch(url)
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
          .then(
            (text) => setState({ status: 'done', text }),
            () => setState({ status: 'error' }),
          );
      }}
    >
      <summary>Rule YAML</summary>
      {state.status === 'done' ? (
        <div className="mt-1">
          <CopyButton targetId={id} label={label} />
          <pre id={id} tabIndex={0} aria-label={label} className="mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
            <code>{state.text}</code>
          </pre>
        </div>
      ) : (
        <p>
          <a href={url}>Open the YAML</a>
          {state.status === 'loading' ? ' (loading…)' : state.status === 'error' ? ' (could not load it here; the link still works)' : ''}
        </p>
      )}
    </details>
  );
}
