import {
  addCoordinationGroup,
  coordinationTable,
  FREQUENCY_SUGGESTIONS,
} from '../../../shared/blocks/coordinationTable/coordinationTable.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { useYValue } from '../useYValue.ts';
import { CoordinationGroupView } from './CoordinationGroupView.tsx';
import { focusSoon } from '../focusSoon.ts';

/** Frequency / Action rows in titled groups: how the partnerships coordinate. */
export function CoordinationTableView(props: BlockViewProps) {
  const { block, blockId, readOnly, edit } = props;
  const data = useYValue([block], () => coordinationTable.read(block));
  const suggestions = `frequencies-${blockId}`;
  const addGroup = () => {
    let id = '';
    edit(() => {
      id = addCoordinationGroup(block);
    });
    focusSoon(`[data-group-input="${id}"]`);
  };

  return (
    <div className="coordination-table">
      <datalist id={suggestions}>
        {FREQUENCY_SUGGESTIONS.map((frequency) => (
          <option key={frequency} value={frequency} />
        ))}
      </datalist>
      {data.groups.length === 0 ? (
        <p className="block__empty">
          No groups yet. Add a group such as “Information sharing”, then its rows: how often, and
          what the partnerships do.
        </p>
      ) : (
        <table className="grid">
          <caption className="visually-hidden">Coordination: frequency and action</caption>
          <thead>
            <tr>
              <th scope="col">Frequency</th>
              <th scope="col">Action</th>
              <th scope="col">
                <span className="visually-hidden">Row actions</span>
              </th>
            </tr>
          </thead>
          {data.groups.map((group, index) => (
            <CoordinationGroupView
              key={group.id}
              {...props}
              group={group}
              index={index}
              count={data.groups.length}
              suggestions={suggestions}
            />
          ))}
        </table>
      )}
      <div className="block__footer">
        <button type="button" onClick={addGroup} disabled={readOnly}>
          Add group
        </button>
      </div>
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
