'use client';
/**
 * Copies the absolute URL of an anchor. Works as a plain in-page link without JavaScript.
 */
import { useState } from 'react';

export function CopyLink({ anchor, label }: { anchor: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={`#${anchor}`}
      className="text-sm font-normal text-slate-500 opacity-70 hover:opacity-100 focus:opacity-100 dark:text-slate-400"
      aria-label={`Copy link to ${label}`}
      data-print-hide
      onClick={(e) => {
        const url = new URL(`#${anchor}`, window.location.href).toString();
        if (navigator.clipboard) {
          e.preventDefault();
          history.replaceState(null, '', `#${anchor}`);
          void navigator.clipboard.writeText(url).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          });
        }
      }}
    >
      {copied ? 'copied' : '#'}
      <span className="sr-only" aria-live="polite">
        {copied ? 'Link copied' : ''}
      </span>
    </a>
  );
}
