import { focusSoon } from '../focusSoon.ts';
import {
  addVersionRow,
  moveVersionRow,
  removeVersionRow,
  setVersionDate,
  setVersionText,
  versionTable,
  type VersionRow,
  type VersionTextField,
} from '../../../shared/blocks/versionTable/versionTable.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { RowsTable } from '../RowsTable.tsx';
import { TextInput } from '../TextInput.tsx';
import { useYValue } from '../useYValue.ts';
import { useVersions } from '../../versions/useVersions.ts';

const VERSION_COLUMNS = ['Version', 'Author', 'Date', 'Rationale', 'Source'];

/** The version-control table: Version / Author / Date / Rationale, oldest first. */
export function VersionTableView({
  doc,
  block,
  blockId,
  problems,
  readOnly,
  edit,
}: BlockViewProps) {
  const data = useYValue([block], () => versionTable.read(block));
  // Named versions fill the table by themselves; rows typed by hand stay, marked as typed.
  const named = useVersions(doc);
  const addRow = () => {
    const id = edit(() => addVersionRow(block));
    focusSoon(`[data-row-input="${id}"]`);
  };

  return (
    <div className="version-table">
      {data.rows.length === 0 && named.length === 0 ? (
        <p className="block__empty">
          No versions recorded yet. Add a row for each draft: its version number, who wrote it,
          when, and why.
        </p>
      ) : (
        <RowsTable caption="Version control" columns={VERSION_COLUMNS}>
          <tbody>
            {data.rows.map((row, index) => (
              <VersionRowView
                key={row.id}
                row={row}
                index={index}
                count={data.rows.length}
                {...{ block, problems, readOnly, edit }}
              />
            ))}
            {named.map((version) => (
              <tr
                key={version.id}
                className="version-row--named"
                data-named-version={version.label}
              >
                <td>{version.label}</td>
                <td>{version.author}</td>
                <td>
                  <time dateTime={version.createdAt}>{version.createdAt.slice(0, 10)}</time>
                </td>
                <td>{version.rationale}</td>
                <td>Named version</td>
                <td />
              </tr>
            ))}
          </tbody>
        </RowsTable>
      )}
      <div className="block__footer">
        <button type="button" onClick={addRow} disabled={readOnly}>
          Add version
        </button>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}

function VersionRowView({
  row,
  index,
  count,
  block,
  problems,
  readOnly,
  edit,
}: Pick<BlockViewProps, 'block' | 'problems' | 'readOnly' | 'edit'> & {
  row: VersionRow;
  index: number;
  count: number;
}) {
  const name = row.version.trim() ? `Version ${row.version.trim()}` : `Row ${index + 1}`;
  const at = (field: string) => problemProps(problemsAt(problems, { rowId: row.id, field }));
  const setText = (field: VersionTextField) => (value: string) =>
    edit(() => setVersionText(block, row.id, field, value));
  return (
    <tr {...problemMarker(problemsAt(problems, { rowId: row.id }))}>
      <td>
        <TextInput
          aria-label={`Row ${index + 1}: Version`}
          data-row-input={row.id}
          value={row.version}
          readOnly={readOnly}
          placeholder="e.g. 0.1"
          {...at('version')}
          onValue={setText('version')}
        />
      </td>
      <td>
        <TextInput
          aria-label={`${name}: Author`}
          value={row.author}
          readOnly={readOnly}
          {...at('author')}
          onValue={setText('author')}
        />
      </td>
      <td>
        <input
          type="date"
          aria-label={`${name}: Date`}
          value={row.date}
          readOnly={readOnly}
          {...at('date')}
          onChange={(e) => edit(() => setVersionDate(block, row.id, e.target.value))}
        />
      </td>
      <td>
        <TextInput
          aria-label={`${name}: Rationale`}
          value={row.rationale}
          readOnly={readOnly}
          placeholder="e.g. First draft"
          {...at('rationale')}
          onValue={setText('rationale')}
        />
      </td>
      <td>{row.legacy ? 'Typed' : 'Named version'}</td>
      <td>
        <RowActions
          name={name}
          index={index}
          count={count}
          disabled={readOnly}
          onMove={(to) => edit(() => moveVersionRow(block, row.id, to))}
          onRemove={() => edit(() => removeVersionRow(block, row.id))}
        />
      </td>
    </tr>
  );
}
