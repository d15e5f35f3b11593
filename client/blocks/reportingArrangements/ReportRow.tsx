import {
  moveReportInGroup,
  removeReport,
  setAction,
  setReportOwner,
  setReportTitle,
  setTiming,
  type ReportingArrangementsData,
} from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemMarker, problemProps, problemsAt } from '../problemMarks.ts';
import { RowActions } from '../RowActions.tsx';
import { TextInput } from '../TextInput.tsx';
import { OwnerSelect } from './OwnerSelect.tsx';
import { ReportCellControls } from './ReportCellControls.tsx';
import type { ReportColumn } from './reportColumns.ts';

type Props = Pick<BlockViewProps, 'block' | 'partnerships' | 'problems' | 'readOnly' | 'edit'> & {
  report: ReportingArrangementsData['reports'][number];
  cells: ReportingArrangementsData['cells'][string] | undefined;
  columns: ReportColumn[];
  /** Position among the owner's reports. */
  index: number;
  count: number;
  ownerName: string;
};

/** One report: its title and owner, then a cell per receiving column (its owner's shaded). */
export function ReportRow(props: Props) {
  const { block, partnerships, problems, readOnly, edit, report, cells, columns } = props;
  const name = report.title.trim() || 'untitled report';
  const here = problemsAt(problems, { rowId: report.id });
  return (
    <tr {...problemMarker(here.filter((p) => !p.target.field))}>
      <th scope="row">
        <TextInput
          aria-label={`${props.ownerName} report ${props.index + 1} title`}
          data-row-input={report.id}
          value={report.title}
          readOnly={readOnly}
          placeholder="Name the report"
          {...problemProps(here.filter((p) => p.target.field === 'title'))}
          onValue={(v) => edit(() => setReportTitle(block, report.id, v))}
        />
        <OwnerSelect
          aria-label={`Owner of ${name}`}
          className="report__owner"
          value={report.owner}
          partnerships={partnerships}
          disabled={readOnly}
          {...problemProps(here.filter((p) => p.target.field === 'owner'))}
          onValue={(owner) => edit(() => setReportOwner(block, report.id, owner))}
        />
      </th>
      {columns.map((col) =>
        col.id === report.owner ? (
          <td key={col.id} className="report-cell--own">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{`${col.name}’s own report`}</span>
          </td>
        ) : (
          <td key={col.id}>
            <ReportCellControls
              cell={cells?.[col.id]}
              label={`${name} to ${col.name}`}
              readOnly={readOnly}
              onAction={(a) => edit(() => setAction(block, report.id, col.id, a))}
              onTiming={(t) => edit(() => setTiming(block, report.id, col.id, t))}
            />
          </td>
        ),
      )}
      <td>
        <RowActions
          name={name}
          index={props.index}
          count={props.count}
          disabled={readOnly}
          onMove={(to) => edit(() => moveReportInGroup(block, report.id, to))}
          onRemove={() => edit(() => removeReport(block, report.id))}
        />
      </td>
    </tr>
  );
}
