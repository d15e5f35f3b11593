import { headerCells } from '../../../shared/blocks/generalTable/headerCells.ts';
import {
  mergeTableHeader,
  moveTableColumn,
  removeTableColumn,
  setTableHeader,
  splitTableHeader,
  type TableColumn,
} from '../../../shared/blocks/generalTable/generalTable.ts';
import { focusSoonElement, focusSoonWithin } from '../focusSoon.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { TextInput } from '../TextInput.tsx';

type Props = BlockViewProps & { columns: TableColumn[]; labels: string[] };

/**
 * The header row (a merged header cell spans its columns; the headers it covers are not
 * drawn), then one row of column tools: move left or right, remove.
 */
export function GeneralTableHead({ columns, labels, block, readOnly, edit }: Props) {
  const cells = headerCells(columns);
  return (
    <thead>
      <tr>
        {cells.map((cell, i) => {
          const name = cell.header.trim() || `column ${cell.index + 1}`;
          return (
            <th key={cell.colId} scope="col" colSpan={cell.span}>
              <TextInput
                aria-label={
                  cell.span > 1
                    ? `Header of columns ${cell.index + 1} to ${cell.index + cell.span}`
                    : `Header of column ${cell.index + 1}`
                }
                data-header-input={cell.colId}
                value={cell.header}
                readOnly={readOnly}
                placeholder="Header"
                onValue={(v) => edit(() => setTableHeader(block, cell.colId, v))}
              />
              <span className="row-actions">
                <button
                  type="button"
                  disabled={readOnly || i === cells.length - 1}
                  data-header-action="merge"
                  onClick={(event) => {
                    // Merging can make this the last header (disabled): then go to its Split.
                    const header = event.currentTarget.closest('th');
                    edit(() => mergeTableHeader(block, cell.colId));
                    focusSoonWithin(
                      header,
                      '[data-header-action="merge"]:not([disabled]), [data-header-action="split"]',
                    );
                  }}
                >
                  Merge<span className="visually-hidden"> header {name} with the next</span>
                </button>
                {cell.span > 1 && (
                  <button
                    type="button"
                    disabled={readOnly}
                    data-header-action="split"
                    onClick={(event) => {
                      const merge = event.currentTarget
                        .closest('th')
                        ?.querySelector<HTMLElement>('[data-header-action="merge"]');
                      edit(() => splitTableHeader(block, cell.colId));
                      focusSoonElement(merge);
                    }}
                  >
                    Split<span className="visually-hidden"> header {name}</span>
                  </button>
                )}
              </span>
            </th>
          );
        })}
        <th scope="col">
          <span className="visually-hidden">Row actions</span>
        </th>
      </tr>
      <tr>
        {columns.map((column, index) => (
          <td key={column.id}>
            <span className="row-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${labels[index]} left`}
                disabled={readOnly || index === 0}
                onClick={() => edit(() => moveTableColumn(block, column.id, index - 1))}
              >
                ←
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${labels[index]} right`}
                disabled={readOnly || index === columns.length - 1}
                onClick={() => edit(() => moveTableColumn(block, column.id, index + 1))}
              >
                →
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${labels[index]}`}
                disabled={readOnly}
                onClick={() => edit(() => removeTableColumn(block, column.id))}
              >
                ×
              </button>
            </span>
          </td>
        ))}
        <td />
      </tr>
    </thead>
  );
}
