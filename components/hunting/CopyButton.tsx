'use client';
/**
 * Copies the text of another element (a <pre> with a rule or command) to the clipboard. Takes
 * only the element's id, so no content is duplicated into the client bundle or RSC props.
 * Rendered only where JavaScript and the Clipboard API are available; without them the text
 * stays selectable as usual.
 */
import { useState, useSyncExternalStore } from 'react';

const noop = () => () => {};

export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const canCopy = useSyncExternalStore(
    noop,
    () => typeof navigator !== 'undefined' && !!navigator.clipboard,
    () => false,
  );
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (!canCopy) return null;
  return (
    <button
      type="button"
      className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      data-print-hide
      onClick={() => {
        const text = document.getElementById(targetId)?.textContent ?? '';
        navigator.clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
        setTimeout(() => setState('idle'), 1500);
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      <span className="sr-only"> {label}</span>
      <span className="sr-only" aria-live="polite">
        {state === 'copied' ? `${label} copied` : ''}
      </span>
    </button>
  );
}
