/**
 * The copy button of CopyButton.tsx, made in the browser: for text the page shows without one in
 * its HTML (Atomic commands, a Sigma rule's YAML once loaded). Copy buttons are shown only when
 * the Clipboard API exists, so a page without JavaScript never needed their markup; making them
 * here keeps hundreds of them out of a hunting page's HTML. Behaviours handles their clicks.
 */
export const COPY_BUTTON_CLASS =
  'copy-button rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

export function copyButtonElement(targetId: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.copyTarget = targetId;
  b.dataset.copyWhat = label.charAt(0).toUpperCase() + label.slice(1);
  b.dataset.printHide = 'true';
  b.className = COPY_BUTTON_CLASS;
  const text = document.createElement('span');
  text.dataset.copyLabel = '';
  text.textContent = 'Copy';
  const name = document.createElement('span');
  name.className = 'sr-only';
  name.textContent = ` ${label}`;
  const live = document.createElement('span');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  b.append(text, name, live);
  return b;
}

/** Gives every `<figure><figcaption>…</figcaption><pre aria-label>` (CodeBlock) its copy button (and the <pre> an id), once. */
export function addCodeCopyButtons(root: ParentNode = document) {
  let n = 0;
  for (const pre of root.querySelectorAll<HTMLElement>('figure > pre[aria-label]')) {
    const caption = pre.parentElement?.querySelector('figcaption');
    if (!caption || caption.querySelector('button[data-copy-target]')) continue;
    pre.id ||= `code-${++n}`;
    caption.append(' ', copyButtonElement(pre.id, pre.getAttribute('aria-label')!));
  }
}
