/** Shared class names of the coverage analyzer. */
export const BUTTON =
  'rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800';
export const INPUT = 'w-full rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900';
/** "1 technique", "2 techniques", "1 match", "3 matches". */
export const plural = (n: number, one: string, many = /(s|sh|ch|x)$/.test(one) ? `${one}es` : `${one}s`) => `${n} ${n === 1 ? one : many}`;
