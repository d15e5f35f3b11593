import { BlockTitle } from '../BlockTitle.tsx';
import { focusSoon } from '../focusSoon.ts';
import { readText } from '../../../shared/blocks/core/fields.ts';
import {
  addPriority,
  movePriority,
  priorityMatrix,
  removePriority,
  ROLE_LABEL,
  setPriorityTitle,
  setRole,
  type PriorityRole,
} from '../../../shared/blocks/priorityMatrix/priorityMatrix.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { PartnershipAbbr } from '../PartnershipAbbr.tsx';
import { RowActions } from '../RowActions.tsx';
import { RowsTable } from '../RowsTable.tsx';
import { TextInput } from '../TextInput.tsx';
import { useYValue } from '../useYValue.ts';

/** Strategic priorities (rows) × the register's partnerships (columns) → Lead / Contributing. */
export function PriorityMatrixView({
  block,
  blockId,
  partnerships,
  problems,
  readOnly,
  edit,
}: BlockViewProps) {
  const data = useYValue([block], () => priorityMatrix.read(block));
  const title = useYValue([block], () => readText(block, 'title'));
  const addRow = () => {
    const id = edit(() => addPriority(block));
    focusSoon(`[data-row-input="${id}"]`);
  };

  return (
    <div className="matrix">
      <BlockTitle
        block={block}
        title={title}
        label="Matrix title"
        readOnly={readOnly}
        edit={edit}
      />
      {partnerships.length === 0 ? (
        <p className="block__empty">
          No partnerships yet. Add the boards to the partnership register and they become the
          columns of this matrix.
        </p>
      ) : (
        <RowsTable
          caption={title || 'Priority matrix'}
          columns={[
            'Strategic priority',
            ...partnerships.map((p) => <PartnershipAbbr key={p.id} partnership={p} />),
          ]}
        >
          <tbody>
            {data.priorities.map((priority, index) => {
              const name = priority.title || 'untitled priority';
              return (
                <tr
                  key={priority.id}
                  {...problemMarker(problemsAt(problems, { rowId: priority.id }))}
                >
                  <th scope="row">
                    <TextInput
                      aria-label={`Priority ${index + 1} name`}
                      data-row-input={priority.id}
                      value={priority.title}
                      readOnly={readOnly}
                      placeholder="Name the priority"
                      {...problemProps(problemsAt(problems, { rowId: priority.id }))}
                      onValue={(v) => edit(() => setPriorityTitle(block, priority.id, v))}
                    />
                  </th>
                  {partnerships.map((p) => {
                    const role = data.cells[priority.id]?.[p.id] ?? '';
                    return (
                      <td key={p.id} className={role ? `role role--${role}` : 'role'}>
                        <select
                          aria-label={`${name}: ${p.name}`}
                          value={role}
                          disabled={readOnly}
                          onChange={(e) =>
                            edit(() =>
                              setRole(
                                block,
                                priority.id,
                                p.id,
                                e.target.value as PriorityRole | '',
                              ),
                            )
                          }
                        >
                          <option value="">—</option>
                          <option value="lead">{ROLE_LABEL.lead}</option>
                          <option value="contributing">{ROLE_LABEL.contributing}</option>
                        </select>
                      </td>
                    );
                  })}
                  <td>
                    <RowActions
                      name={name}
                      index={index}
                      count={data.priorities.length}
                      disabled={readOnly}
                      onMove={(to) => edit(() => movePriority(block, priority.id, to))}
                      onRemove={() => edit(() => removePriority(block, priority.id))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </RowsTable>
      )}
      {data.priorities.length === 0 && partnerships.length > 0 && (
        <p className="block__empty">No strategic priorities yet.</p>
      )}
      <div className="block__footer">
        <button type="button" onClick={addRow} disabled={readOnly}>
          Add priority
        </button>
        <p className="matrix__key">
          Key: <span className="role role--lead">Lead</span> the partnership leading the priority;{' '}
          <span className="role role--contributing">Contributing</span> a partnership contributing
          to it.
        </p>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
