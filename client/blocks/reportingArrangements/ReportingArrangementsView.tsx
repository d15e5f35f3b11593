import { BlockTitle } from '../BlockTitle.tsx';
import { focusSoon } from '../focusSoon.ts';
import { useState } from 'react';
import { readText } from '../../../shared/blocks/core/fields.ts';
import { reportGroups } from '../../../shared/blocks/reportingArrangements/reportGroups.ts';
import {
  addReport,
  reportingArrangements,
} from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { useYValue } from '../useYValue.ts';
import { OtherBodies } from './OtherBodies.tsx';
import { OwnerSelect } from './OwnerSelect.tsx';
import { reportColumns } from './reportColumns.ts';
import { ReportTable } from './ReportTable.tsx';
import './reportingArrangements.css';

/**
 * Who reports what to whom: reports grouped by the partnership that owns them × every
 * partnership in the register and the block's other bodies → action and timing.
 */
export function ReportingArrangementsView(props: BlockViewProps) {
  const { block, blockId, partnerships, readOnly, edit } = props;
  const data = useYValue([block], () => reportingArrangements.read(block));
  const title = useYValue([block], () => readText(block, 'title'));
  const [chosen, setChosen] = useState('');
  const owner = partnerships.some((p) => p.id === chosen) ? chosen : (partnerships[0]?.id ?? '');
  const addRow = () => {
    const id = edit(() => addReport(block, owner));
    focusSoon(`[data-row-input="${id}"]`);
  };
  const columns = reportColumns(partnerships, data.otherBodies);
  const groups = reportGroups(data.reports, partnerships);

  return (
    <div className="reporting">
      <BlockTitle block={block} title={title} label="Table title" readOnly={readOnly} edit={edit} />
      {partnerships.length === 0 && data.reports.length === 0 ? (
        <p className="block__empty">
          No partnerships yet. Add the boards to the partnership register: each can own reports and
          becomes a receiving column here.
        </p>
      ) : (
        <ReportTable
          {...props}
          caption={title || 'Reporting arrangements'}
          data={data}
          columns={columns}
          groups={groups}
        />
      )}
      {data.reports.length === 0 && partnerships.length > 0 && (
        <p className="block__empty">No reports yet. Choose the board that owns one and add it.</p>
      )}
      <div className="block__footer">
        <label className="reporting__owner-choice">
          <span>Owner of the new report</span>
          <OwnerSelect
            value={owner}
            partnerships={partnerships}
            disabled={readOnly || partnerships.length === 0}
            onValue={setChosen}
          />
        </label>
        <button type="button" onClick={addRow} disabled={readOnly || !owner}>
          Add report
        </button>
        <p className="reporting__key">
          Key: <strong>Present</strong> the report is presented at the meeting;{' '}
          <strong>Inform</strong> circulated for information; <strong>Consult</strong> the body is
          consulted on it; <strong>—</strong> the owner’s own column.
        </p>
      </div>
      <OtherBodies {...props} bodies={data.otherBodies} />
      <span hidden data-block-problems={blockId} />
    </div>
  );
}
