import { BlockTitle } from '../BlockTitle.tsx';
import { readText } from '../../../shared/blocks/core/fields.ts';
import { columnLabels } from '../../../shared/blocks/generalTable/columnLabels.ts';
import {
  addTableColumn,
  addTableRow,
  generalTable,
  moveTableRow,
  removeTableRow,
  setTableCell,
} from '../../../shared/blocks/generalTable/generalTable.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';
import { useYValue } from '../useYValue.ts';
import { focusSoon } from '../focusSoon.ts';
import { GeneralTableHead } from './GeneralTableHead.tsx';

/** A general table: a title, a header row whose cells may span columns, and rows of text. */
export function GeneralTableView(props: BlockViewProps) {
  const { block, blockId, problems, readOnly, edit } = props;
  const data = useYValue([block], () => generalTable.read(block));
  const title = useYValue([block], () => readText(block, 'title'));
  const labels = columnLabels(data.columns);
  const empty = problemMarker(problems.filter((p) => p.code === 'table-empty'));
  const addRow = () => {
    let id = '';
    edit(() => {
      id = addTableRow(block);
    });
    focusSoon(`[data-row-input="${id}"]`);
  };
  const addColumn = () => {
    let id = '';
    edit(() => {
      id = addTableColumn(block);
    });
    focusSoon(`[data-header-input="${id}"]`);
  };

  return (
    <div className="general-table">
      <BlockTitle
        block={block}
        title={title}
        label="Table title"
        placeholder="Table title"
        readOnly={readOnly}
        edit={edit}
      />
      {data.columns.length === 0 ? (
        <p className="block__empty">This table has no columns. Add a column to start.</p>
      ) : (
        <table className="grid">
          <caption className="visually-hidden">{title || 'Table'}</caption>
          <GeneralTableHead {...props} columns={data.columns} labels={labels} />
          <tbody>
            {data.rows.map((row, index) => (
              <tr key={row.id}>
                {data.columns.map((column, c) => (
                  <td key={column.id}>
                    <TextInput
                      aria-label={`Row ${index + 1}, ${labels[c]}`}
                      data-row-input={c === 0 ? row.id : undefined}
                      value={row.cells[column.id] ?? ''}
                      readOnly={readOnly}
                      onValue={(v) => edit(() => setTableCell(block, row.id, column.id, v))}
                    />
                  </td>
                ))}
                <td>
                  <RowActions
                    name={`row ${index + 1}`}
                    index={index}
                    count={data.rows.length}
                    disabled={readOnly}
                    onMove={(to) => edit(() => moveTableRow(block, row.id, to))}
                    onRemove={() => edit(() => removeTableRow(block, row.id))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.columns.length > 0 && data.rows.length === 0 && (
        <p className="block__empty">This table has no rows yet.</p>
      )}
      <div className="block__footer">
        <button
          type="button"
          onClick={addRow}
          disabled={readOnly || data.columns.length === 0}
          {...(data.columns.length > 0 ? empty : {})}
        >
          Add row
        </button>
        <button
          type="button"
          onClick={addColumn}
          disabled={readOnly}
          {...(data.columns.length === 0 ? empty : {})}
        >
          Add column
        </button>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
