import type { ReactNode } from 'react';

/** A visible notice (deprecated object, mapping changed since, text not in the open data…). */
export function StatusNotice({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: ReactNode }) {
  const colours =
    tone === 'warning'
      ? 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100'
      : 'border-blue-300 bg-blue-50 text-blue-950 dark:border-blue-500 dark:bg-blue-950 dark:text-blue-100';
  return (
    <div role="note" className={`my-4 rounded border-l-4 p-3 text-sm ${colours}`}>
      {children}
    </div>
  );
}
