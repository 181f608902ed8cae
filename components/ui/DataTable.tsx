import type { ReactNode } from 'react';
import Link from './Link';
import T from './tables.module.css';
import { RowLink } from './RowLink';

export { T as tableStyles };

/** A column header: its label, or the label with a width class and/or numeric alignment. */
export type Column = string | { label: ReactNode; width?: string; numeric?: boolean };

/** The header row of a table from its column labels. */
export function Head({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) =>
          typeof c === 'string' ? (
            <th key={i} scope="col">
              {c}
            </th>
          ) : (
            <th key={i} scope="col" className={[c.width, c.numeric && T.n].filter(Boolean).join(' ') || undefined}>
              {c.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/**
 * The site's data table: scrolls sideways on its own on narrow screens; rows with an id are
 * highlighted when they are the URL's #target. Cells carry no classes of their own (pages list
 * hundreds of rows): the table's modifiers style them by position.
 * - `caption` names the table for screen readers; shown only when `showCaption`.
 * - `stack`: text-heavy rows become one block each on phones instead of scrolling.
 * - `ids`: the first cell of each body row is an id (monospace, unbroken); 'small' also smaller.
 * - `markdown`: body cells hold rendered Markdown (paragraphs, lists, code).
 * - `columns`: the header row (or pass your own <thead> among the children).
 * - `className`: further classes for the <table> (e.g. a minimum width).
 */
export function DataTable({
  caption,
  showCaption = false,
  stack = false,
  ids = false,
  markdown = false,
  columns,
  className,
  children,
}: {
  caption: ReactNode;
  showCaption?: boolean;
  stack?: boolean;
  ids?: boolean | 'small';
  markdown?: boolean;
  columns?: readonly Column[];
  className?: string;
  children: ReactNode;
}) {
  const classes = [T.t, stack && T.stack, ids && T.ids, ids === 'small' && T.small, markdown && T.md, className].filter(Boolean).join(' ');
  return (
    <div className="overflow-x-auto">
      <table className={classes}>
        <caption className={showCaption ? undefined : 'sr-only'}>{caption}</caption>
        {columns && <Head columns={columns} />}
        {children}
      </table>
    </div>
  );
}

/**
 * The two cells that open most index rows: the id (first cell: use the table's `ids`) and the
 * name as the row's header, both linked; a tag when the object is not live.
 */
export function IdName({ id, name, href, status, anchor }: { id: string; name: ReactNode; href: string; status?: string; anchor?: string }) {
  return (
    <>
      <td>
        <Link href={href}>{id}</Link>
        {anchor && <RowLink anchor={anchor} />}
      </td>
      <th scope="row">
        <Link href={href}>{name}</Link>
        {status && status !== 'live' && <span className="ml-1 text-xs text-amber-800 dark:text-amber-300">{`(${status})`}</span>}
      </th>
    </>
  );
}
