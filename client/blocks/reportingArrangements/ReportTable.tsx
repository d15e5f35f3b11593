import type { ReportGroup } from '../../../shared/blocks/reportingArrangements/reportGroups.ts';
import type { ReportingArrangementsData } from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import { partnershipLabel } from '../../../shared/register/Partnership.ts';
import type { BlockViewProps } from '../BlockViewProps.ts';
import type { ReportColumn } from './reportColumns.ts';
import { ReportRow } from './ReportRow.tsx';
import { RowsTable } from '../RowsTable.tsx';

type Props = BlockViewProps & {
  caption: string;
  data: ReportingArrangementsData;
  columns: ReportColumn[];
  groups: ReportGroup[];
};

/** The reports table: a row group per owning partnership, a column per receiving body. */
export function ReportTable({ caption, data, columns, groups, ...props }: Props) {
  return (
    <RowsTable
      caption={caption}
      className="reporting__table"
      columns={[
        'Report and owner',
        ...columns.map((col) =>
          col.partnership ? (
            <abbr key={col.id} title={col.name}>
              {col.short}
            </abbr>
          ) : (
            col.short
          ),
        ),
      ]}
    >
      {groups.map((group) => {
        const ownerName = group.owner
          ? group.owner.name.trim() || partnershipLabel(group.owner)
          : 'Owner not in the register';
        return (
          <tbody key={group.ownerId}>
            <tr className="reporting__group">
              <th scope="rowgroup" colSpan={columns.length + 2}>
                {group.owner ? `Reports of ${ownerName}` : ownerName}
              </th>
            </tr>
            {group.reports.map((report, index) => (
              <ReportRow
                key={report.id}
                {...props}
                report={report}
                cells={data.cells[report.id]}
                columns={columns}
                index={index}
                count={group.reports.length}
                ownerName={ownerName}
              />
            ))}
          </tbody>
        );
      })}
    </RowsTable>
  );
}
