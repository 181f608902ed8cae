/**
 * Copies the absolute URL of an anchor (the click is handled page-wide by Behaviours). Without
 * JavaScript or the Clipboard API it is a plain in-page link.
 */
export function CopyLink({ anchor, label }: { anchor: string; label: string }) {
  return (
    <a
      href={`#${anchor}`}
      data-copy-link=""
      className="text-sm font-normal text-slate-500 opacity-70 hover:opacity-100 focus:opacity-100 dark:text-slate-400"
      aria-label={`Copy link to ${label}`}
      data-print-hide
    >
      <span data-copy-label="">#</span>
      <span className="sr-only" aria-live="polite" />
    </a>
  );
}
