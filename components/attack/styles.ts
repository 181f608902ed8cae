/** Shared text styles for ATT&CK pages; tables are styled by components/ui/tables.module.css. */
export const MUTED = 'text-slate-600 dark:text-slate-400';
export const ID_TEXT = 'font-mono text-xs whitespace-nowrap';
