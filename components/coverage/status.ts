import type { TechniqueStatus } from '@/app/_lib/exports/coverage';

/** Cell styles per status: colour plus a symbol and text, never colour alone. */
export const STATUS_STYLE: Record<TechniqueStatus, { cell: string; symbol: string; swatch: string }> = {
  mitigated: {
    cell: 'border-green-700 bg-green-100 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-50',
    symbol: '✓',
    swatch: 'border-green-700 bg-green-100 dark:border-green-500 dark:bg-green-950',
  },
  partial: {
    cell: 'border-yellow-700 bg-yellow-100 text-yellow-950 dark:border-yellow-400 dark:bg-yellow-950 dark:text-yellow-50',
    symbol: '◐',
    swatch: 'border-yellow-700 bg-yellow-100 dark:border-yellow-400 dark:bg-yellow-950',
  },
  planned: {
    cell: 'border-sky-700 bg-sky-100 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50',
    symbol: '○',
    swatch: 'border-sky-700 bg-sky-100 dark:border-sky-400 dark:bg-sky-950',
  },
  gap: {
    cell: 'border-red-700 bg-red-100 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50',
    symbol: '✗',
    swatch: 'border-red-700 bg-red-100 dark:border-red-400 dark:bg-red-950',
  },
  unmapped: {
    cell: 'border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300',
    symbol: '–',
    swatch: 'border-dashed border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900',
  },
};
