import {
  addCoordinationGroup,
  coordinationTable,
  FREQUENCY_SUGGESTIONS,
} from '../../../shared/blocks/coordinationTable/coordinationTable.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { RowsTable } from '../RowsTable.tsx';
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
        <RowsTable caption="Coordination: frequency and action" columns={['Frequency', 'Action']}>
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
        </RowsTable>
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
