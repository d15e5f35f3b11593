import {
  ACTION_LABEL,
  REPORT_ACTIONS,
  type ReportAction,
  type ReportCell,
} from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import { TextInput } from '../TextInput.tsx';

/** One cell: what the receiving body does with the report (a select) and when (a short text). */
export function ReportCellControls({
  cell,
  label,
  readOnly,
  onAction,
  onTiming,
}: {
  cell: ReportCell | undefined;
  /** Names the report and the column, e.g. "Annual Report to HWB". */
  label: string;
  readOnly: boolean;
  onAction: (action: ReportAction | '') => void;
  onTiming: (timing: string) => void;
}) {
  return (
    <div className="report-cell">
      <select
        aria-label={`${label}: action`}
        value={cell?.action ?? ''}
        disabled={readOnly}
        onChange={(e) => onAction(e.target.value as ReportAction | '')}
      >
        <option value="">—</option>
        {REPORT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {ACTION_LABEL[action]}
          </option>
        ))}
      </select>
      <TextInput
        aria-label={`${label}: when`}
        className="report-cell__timing"
        value={cell?.timing ?? ''}
        readOnly={readOnly}
        placeholder="When"
        onValue={onTiming}
      />
    </div>
  );
}
