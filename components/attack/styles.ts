/** Shared class names for ATT&CK page tables, so every table reads alike in both themes. */
export const TABLE = 'w-full border-collapse text-left text-sm';
export const THEAD = 'border-b-2 border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300';
export const TH = 'px-2 py-2 align-bottom font-semibold';
export const TR = 'border-b border-slate-200 align-top target:bg-yellow-50 dark:border-slate-700 dark:target:bg-yellow-950';
export const TD = 'px-2 py-2';
export const ID = 'font-mono text-xs whitespace-nowrap';
export const MUTED = 'text-slate-600 dark:text-slate-400';
export const SCROLL = 'overflow-x-auto';
