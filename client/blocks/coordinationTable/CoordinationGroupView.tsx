import {
  addCoordinationRow,
  moveCoordinationGroup,
  moveCoordinationRow,
  removeCoordinationGroup,
  removeCoordinationRow,
  setCoordinationGroupTitle,
  setCoordinationText,
  type CoordinationGroup,
} from '../../../shared/blocks/coordinationTable/coordinationTable.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';
import { focusSoon } from '../focusSoon.ts';

type Props = BlockViewProps & {
  group: CoordinationGroup;
  index: number;
  count: number;
  /** Id of the datalist of suggested frequencies. */
  suggestions: string;
};

/** One titled group: a header row (title, group actions, add row) and its Frequency / Action rows. */
export function CoordinationGroupView({ group, index, count, suggestions, ...view }: Props) {
  const { block, problems, readOnly, edit } = view;
  const title = group.title.trim() || `Group ${index + 1}`;
  const addRow = () => {
    let id = '';
    edit(() => {
      id = addCoordinationRow(block, group.id);
    });
    focusSoon(`[data-row-input="${id}"]`);
  };

  return (
    <tbody>
      <tr className="coordination-table__group">
        <th scope="rowgroup" colSpan={2}>
          <TextInput
            aria-label={`Group ${index + 1}: Title`}
            data-group-input={group.id}
            value={group.title}
            readOnly={readOnly}
            placeholder="Group title, e.g. Information sharing"
            onValue={(v) => edit(() => setCoordinationGroupTitle(block, group.id, v))}
          />
        </th>
        <td>
          <RowActions
            name={`group ${title}`}
            index={index}
            count={count}
            disabled={readOnly}
            onMove={(to) => edit(() => moveCoordinationGroup(block, group.id, to))}
            onRemove={() => edit(() => removeCoordinationGroup(block, group.id))}
          />
          <button type="button" onClick={addRow} disabled={readOnly}>
            Add row<span className="visually-hidden"> to {title}</span>
          </button>
        </td>
      </tr>
      {group.rows.length === 0 && (
        <tr>
          <td colSpan={3} className="block__empty">
            No rows in {title} yet.
          </td>
        </tr>
      )}
      {group.rows.map((row, rowIndex) => {
        const name = `${title}, row ${rowIndex + 1}`;
        const at = (field: string) => problemProps(problemsAt(problems, { rowId: row.id, field }));
        return (
          <tr key={row.id} {...problemMarker(problemsAt(problems, { rowId: row.id }))}>
            <td>
              <TextInput
                aria-label={`${name}: Frequency`}
                data-row-input={row.id}
                list={suggestions}
                value={row.frequency}
                readOnly={readOnly}
                placeholder="e.g. Quarterly"
                {...at('frequency')}
                onValue={(v) =>
                  edit(() => setCoordinationText(block, group.id, row.id, 'frequency', v))
                }
              />
            </td>
            <td>
              <TextInput
                multiline
                aria-label={`${name}: Action`}
                value={row.action}
                readOnly={readOnly}
                {...at('action')}
                onValue={(v) =>
                  edit(() => setCoordinationText(block, group.id, row.id, 'action', v))
                }
              />
            </td>
            <td>
              <RowActions
                name={name}
                index={rowIndex}
                count={group.rows.length}
                disabled={readOnly}
                onMove={(to) => edit(() => moveCoordinationRow(block, group.id, row.id, to))}
                onRemove={() => edit(() => removeCoordinationRow(block, group.id, row.id))}
              />
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
