'use client';
/**
 * The end of every filter form (techniques, hunting Sigma and Atomic lists, the indexes): a reset
 * button (a native `type="reset"`, so it works before the island hydrates and without JavaScript)
 * and the live "Showing N of M …" status, empty while nothing is filtered.
 */
export function FilterActions({ status }: { status: string }) {
  return (
    <>
      <button type="reset" className="min-h-6 rounded border border-slate-400 px-2 py-1 dark:border-slate-500">
        Clear filters
      </button>
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </>
  );
}
