import type { ReactNode } from 'react';
import type { SigmaLevel, SigmaStatus } from '@/app/_lib/views/hunting';

const LEVEL_STYLE: Record<SigmaLevel, string> = {
  critical: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
  high: 'bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100',
  medium: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  low: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  informational: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
};

/** Sigma severity level as a small coloured label (the word is always shown: colour is a hint only). */
export function LevelBadge({ level }: { level: SigmaLevel }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${LEVEL_STYLE[level]}`}>{level}</span>;
}

export function StatusBadge({ status }: { status: SigmaStatus }) {
  return <span className="rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-300">{status}</span>;
}

/** A neutral tag (platform, executor, tactic). */
export function Tag({ children }: { children: ReactNode }) {
  return <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">{children}</span>;
}
