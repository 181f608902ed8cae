'use client';
/**
 * Rules' YAML inside their <details data-yaml>: one island per rule list (not one per rule: a
 * hunting page lists up to 400 rules, and each island costs its wrapper and props in the HTML).
 * The first time a reader opens a rule's "Rule YAML", its file is fetched from this site's static
 * copy (the link in the <details>) and shown as text with a copy button. Without JavaScript the
 * <details> holds the link to the same file. The page never carries the YAML itself.
 */
import { useEffect, useRef } from 'react';
import { copyButtonElement } from '@/components/islands/copyButtonDom';

const LABEL = 'the rule’s YAML';

function load(details: HTMLDetailsElement) {
  const link = details.querySelector<HTMLAnchorElement>('a[href$=".yml"]');
  if (!link || details.dataset.state) return;
  details.dataset.state = 'loading';
  const note = document.createElement('span');
  note.textContent = ' (loading…)';
  link.after(note);
  fetch(link.href)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
    .then(
      (text) => {
        const id = `${details.closest('li')?.id ?? 'sigma'}-yaml`;
        const box = document.createElement('div');
        box.className = 'mt-1';
        const pre = document.createElement('pre');
        pre.id = id;
        pre.tabIndex = 0;
        pre.setAttribute('aria-label', LABEL);
        pre.className = 'mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900';
        const code = document.createElement('code');
        code.textContent = text;
        pre.append(code);
        box.append(copyButtonElement(id, LABEL), pre);
        link.closest('p')?.replaceWith(box);
        details.dataset.state = 'done';
      },
      () => {
        note.textContent = ' (could not load it here; the link still works)';
        delete details.dataset.state;
      },
    );
}

export function SigmaYaml() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const root = ref.current?.closest('section') ?? document;
    // toggle does not bubble: listen in the capture phase.
    const onToggle = (e: Event) => {
      const d = e.target;
      if (d instanceof HTMLDetailsElement && d.open && d.matches('details[data-yaml]')) load(d);
    };
    root.addEventListener('toggle', onToggle, true);
    return () => root.removeEventListener('toggle', onToggle, true);
  }, []);
  return <span ref={ref} hidden />;
}
