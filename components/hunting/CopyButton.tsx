/**
 * Copies the text of another element (a <pre> with a rule or command) to the clipboard; the click
 * is handled page-wide by Behaviours. Takes only the element's id, so no content is duplicated.
 * Shown only where the Clipboard API exists (`.can-copy` on <html>, set by Behaviours); without
 * it the text stays selectable as usual.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  return (
    <button
      type="button"
      data-copy-target={targetId}
      data-copy-what={label.charAt(0).toUpperCase() + label.slice(1)}
      className="copy-button rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      data-print-hide
    >
      <span data-copy-label="">Copy</span>
      <span className="sr-only"> {label}</span>
      <span className="sr-only" aria-live="polite" />
    </button>
  );
}
