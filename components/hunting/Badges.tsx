import type { ReactNode } from 'react';

/** A neutral tag (platform, executor, tactic). */
export function Tag({ children }: { children: ReactNode }) {
  return <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">{children}</span>;
}
