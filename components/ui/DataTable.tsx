import type { ReactNode } from 'react';

/**
 * A plain data table: scrolls sideways on its own on narrow screens, rows with an id are
 * highlighted when they are the URL's #target. `caption` names the table for screen readers
 * (and is shown when `showCaption`).
 */
export function DataTable({ caption, showCaption = false, children }: { caption: string; showCaption?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-2 [&_td]:align-top dark:[&_td]:border-slate-800 [&_tbody_th]:border-b [&_tbody_th]:border-slate-200 [&_tbody_th]:px-2 [&_tbody_th]:py-2 [&_tbody_th]:text-left [&_tbody_th]:align-top [&_tbody_th]:font-normal dark:[&_tbody_th]:border-slate-800 [&_tfoot_th]:px-2 [&_tfoot_th]:py-2 [&_tfoot_th]:text-left [&_thead_th]:border-b-2 [&_thead_th]:border-slate-300 [&_thead_th]:px-2 [&_thead_th]:py-2 [&_thead_th]:align-bottom [&_thead_th]:font-semibold dark:[&_thead_th]:border-slate-600 [&_tr]:scroll-mt-4 [&_tr:target]:bg-amber-50 dark:[&_tr:target]:bg-amber-950">
        <caption className={showCaption ? 'mb-2 text-left text-sm text-slate-600 dark:text-slate-400' : 'sr-only'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
