'use client';
/**
 * Page-wide behaviours that need no React state per element, installed once per page by event
 * delegation (a page can have hundreds of copy-link anchors; one listener serves them all):
 * - `a[data-copy-link]` (sections) and `a.row-link` (table rows): copies the absolute URL of its
 *   anchor, updates the address, and says "copied" (visibly, and to screen readers through its
 *   own live region, or the page's one for row links, which carry no markup of their own).
 * - `button[data-copy-target]`: copies the text of the element with that id. The buttons are
 *   shown only when the Clipboard API exists (the `can-copy` class on <html>); code blocks'
 *   buttons are made here (addCodeCopyButtons), not sent in the HTML.
 * - `[data-anchors-at]`: a list the page shows only in part (a technique page's Sigma rules and
 *   Atomic tests). A link to one of its items that is not on the page goes on to the page that
 *   lists them all, so `/techniques/T1133/#sigma-…` reaches every rule.
 * Renders nothing.
 */
import { useEffect } from 'react';
import { addCodeCopyButtons } from './copyButtonDom';

const FEEDBACK_MS = 1500;

/** The page's live region for controls without one of their own (row links); made on start. */
let pageLive: HTMLElement | null = null;

function flash(el: HTMLElement, visible: string | null, spoken: string) {
  const live = el.querySelector<HTMLElement>('[aria-live]') ?? pageLive;
  const label = el.querySelector<HTMLElement>('[data-copy-label]');
  const before = label?.textContent ?? null;
  if (label && visible !== null) label.textContent = visible;
  // A row link draws its label in CSS.
  if (!label && visible !== null) el.dataset.copied = '';
  if (live) live.textContent = spoken;
  window.setTimeout(() => {
    if (label && before !== null) label.textContent = before;
    delete el.dataset.copied;
    if (live) live.textContent = '';
  }, FEEDBACK_MS);
}

export function onCopyClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const target = e.target instanceof Element ? e.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link], a.row-link');
  if (link && navigator.clipboard) {
    e.preventDefault();
    const hash = link.getAttribute('href') ?? '';
    const url = new URL(hash, window.location.href).toString();
    history.replaceState(history.state, '', hash);
    void navigator.clipboard.writeText(url).then(
      () => flash(link, 'copied', 'Link copied'),
      () => flash(link, null, 'Could not copy the link'),
    );
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-target]');
  if (button && navigator.clipboard) {
    const source = document.getElementById(button.dataset.copyTarget ?? '');
    const what = button.dataset.copyWhat ?? 'Text';
    void navigator.clipboard.writeText(source?.textContent ?? '').then(
      () => flash(button, 'Copied', `${what} copied`),
      () => flash(button, 'Copy failed', 'Copy failed'),
    );
  }
}

/** Follows a link to an item of a partial list to the page that has the item (see above). */
export function followMovedAnchor() {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return;
  }
  if (!id || document.getElementById(id)) return;
  for (const list of document.querySelectorAll<HTMLElement>('[data-anchors-at]')) {
    const prefix = list.dataset.anchorsPrefix;
    if (prefix && id.startsWith(prefix)) {
      window.location.replace(`${list.dataset.anchorsAt}#${encodeURIComponent(id)}`);
      return;
    }
  }
}

export function Behaviours() {
  useEffect(() => {
    if (navigator.clipboard) {
      document.documentElement.classList.add('can-copy');
      addCodeCopyButtons();
    }
    if (!pageLive) {
      pageLive = document.createElement('div');
      pageLive.className = 'sr-only';
      pageLive.setAttribute('aria-live', 'polite');
      document.body.append(pageLive);
    }
    document.addEventListener('click', onCopyClick);
    followMovedAnchor();
    window.addEventListener('hashchange', followMovedAnchor);
    return () => {
      document.removeEventListener('click', onCopyClick);
      window.removeEventListener('hashchange', followMovedAnchor);
    };
  }, []);
  return null;
}
