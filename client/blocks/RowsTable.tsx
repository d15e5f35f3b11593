import type { ReactNode } from 'react';

/**
 * A block's table of editable rows: a caption for screen readers, a heading per column,
 * and a last, unheaded column for each row's actions. The rows come as children: one
 * `<tbody>`, or several for grouped rows.
 */
export function RowsTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  /** The headings, in order; keyed by position, as the columns do not move. */
  columns: readonly ReactNode[];
  /** Classes besides `grid`. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={className ? `grid ${className}` : 'grid'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Row actions</span>
          </th>
        </tr>
      </thead>
      {children}
    </table>
  );
}
