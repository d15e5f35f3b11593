import { BlockTitle } from '../BlockTitle.tsx';
import { focusSoon } from '../focusSoon.ts';
import { readText } from '../../../shared/blocks/core/fields.ts';
import {
  addLeadTheme,
  leadTable,
  moveLeadTheme,
  removeLeadTheme,
  setLead,
  setLeadText,
} from '../../../shared/blocks/leadTable/leadTable.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { RowsTable } from '../RowsTable.tsx';
import { PartnershipSelect } from '../PartnershipSelect.tsx';
import { TextInput } from '../TextInput.tsx';
import { useYValue } from '../useYValue.ts';

/** Themes of common interest: Theme / Lead partnership / Further information. */
export function LeadTableView({
  block,
  blockId,
  partnerships,
  problems,
  readOnly,
  edit,
}: BlockViewProps) {
  const data = useYValue([block], () => leadTable.read(block));
  const title = useYValue([block], () => readText(block, 'title'));
  const addRow = () => {
    const id = edit(() => addLeadTheme(block));
    focusSoon(`[data-row-input="${id}"]`);
  };

  return (
    <div className="lead-table">
      <BlockTitle block={block} title={title} label="Table title" readOnly={readOnly} edit={edit} />
      {data.rows.length === 0 ? (
        <p className="block__empty">
          No themes yet. Add each theme the partnerships share and choose which one leads on it.
        </p>
      ) : (
        <RowsTable
          caption={title || 'Lead table'}
          columns={['Theme', 'Lead partnership', 'Further information']}
        >
          <tbody>
            {data.rows.map((row, index) => {
              const name = row.theme.trim() || `Theme ${index + 1}`;
              const rowProblems = problemsAt(problems, { rowId: row.id });
              const at = (field: string) => problemProps(problemsAt(rowProblems, { field }));
              return (
                <tr key={row.id} {...problemMarker(rowProblems)}>
                  <th scope="row">
                    <TextInput
                      aria-label={`Theme ${index + 1}: Theme`}
                      data-row-input={row.id}
                      value={row.theme}
                      readOnly={readOnly}
                      placeholder="Name the theme"
                      {...at('theme')}
                      onValue={(v) => edit(() => setLeadText(block, row.id, 'theme', v))}
                    />
                  </th>
                  <td>
                    <PartnershipSelect
                      aria-label={`${name}: Lead partnership`}
                      value={row.leadId}
                      partnerships={partnerships}
                      emptyLabel="Choose the lead"
                      disabled={readOnly}
                      {...at('leadId')}
                      onValue={(id) => edit(() => setLead(block, row.id, id))}
                    />
                  </td>
                  <td>
                    <TextInput
                      multiline
                      aria-label={`${name}: Further information`}
                      value={row.info}
                      readOnly={readOnly}
                      onValue={(v) => edit(() => setLeadText(block, row.id, 'info', v))}
                    />
                  </td>
                  <td>
                    <RowActions
                      name={name}
                      index={index}
                      count={data.rows.length}
                      disabled={readOnly}
                      onMove={(to) => edit(() => moveLeadTheme(block, row.id, to))}
                      onRemove={() => edit(() => removeLeadTheme(block, row.id))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </RowsTable>
      )}
      {partnerships.length === 0 && (
        <p className="block__empty">
          Add the boards to the partnership register to choose leads from them.
        </p>
      )}
      <div className="block__footer">
        <button type="button" onClick={addRow} disabled={readOnly}>
          Add theme
        </button>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
