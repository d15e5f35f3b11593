import type { PartnershipProfilesData } from '../blocks/partnershipProfiles/partnershipProfiles.ts';
import { ROLE_LABEL, type PriorityMatrixData } from '../blocks/priorityMatrix/priorityMatrix.ts';
import {
  ACTION_LABEL,
  type ReportCell,
  type ReportingArrangementsData,
} from '../blocks/reportingArrangements/reportingArrangements.ts';
import type { SharedResponsibilitiesData } from '../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import type { BlockContent } from '../document/readContent.ts';
import type { Partnership } from '../register/Partnership.ts';
import { partnershipHeading } from './partnershipHeading.ts';
import { cell, type PublishedTable, type TableCell } from './Publication.ts';

/** The key printed under every priority matrix. */
export const MATRIX_KEY =
  'Key: Lead – the partnership that leads on the priority; Contributing – a partnership that contributes to it.';

/** What a report's own owner shows in its column (a board does not report to itself). */
export const OWN_COLUMN = '—';

/** The first headers of the reporting table, before the receiving bodies. */
export const REPORT_HEADERS = ['Report', 'From'] as const;

/** The rows of a board's profile table, in order; "Chair" only when the block shows it. */
export const PROFILE_ROWS = {
  partnership: 'Partnership',
  chair: 'Chair',
  statutoryBasis: 'Statutory basis',
  purpose: 'Purpose',
  duties: 'Statutory duties',
  priorities: 'Priorities',
} as const;

/** A report cell as text: "Present, Autumn", "Inform", or the timing alone. */
export function reportCellText(value: ReportCell | undefined): string {
  if (!value) return '';
  const action = value.action ? ACTION_LABEL[value.action] : '';
  return [action, value.timing].filter(Boolean).join(', ');
}

const headings = (partnerships: Partnership[]) =>
  partnerships.map((p) => cell(partnershipHeading(p)));

function priorityMatrix(data: PriorityMatrixData, partnerships: Partnership[]): PublishedTable {
  return {
    block: 'priorityMatrix',
    caption: data.title,
    header: [cell('Strategic priority'), ...headings(partnerships)],
    rows: data.priorities.map((priority) => [
      cell(priority.title),
      ...partnerships.map((p) => {
        const role = data.cells[priority.id]?.[p.id];
        return cell(role ? ROLE_LABEL[role] : '');
      }),
    ]),
    note: MATRIX_KEY,
  };
}

function reporting(data: ReportingArrangementsData, partnerships: Partnership[]): PublishedTable {
  const columns = [...partnerships.map((p) => p.id), ...data.otherBodies.map((b) => b.id)];
  const owner = (id: string) => partnerships.find((p) => p.id === id);
  return {
    block: 'reportingArrangements',
    caption: data.title,
    header: [
      ...REPORT_HEADERS.map((h) => cell(h)),
      ...headings(partnerships),
      ...data.otherBodies.map((b) => cell(b.name)),
    ],
    rows: data.reports.map((report) => {
      const from = owner(report.owner);
      return [
        cell(report.title),
        cell(from ? partnershipHeading(from) : ''),
        ...columns.map((column) =>
          cell(
            column === report.owner ? OWN_COLUMN : reportCellText(data.cells[report.id]?.[column]),
          ),
        ),
      ];
    }),
  };
}

function responsibilities(
  data: SharedResponsibilitiesData,
  partnerships: Partnership[],
): PublishedTable {
  return {
    block: 'sharedResponsibilities',
    caption: data.title,
    header: [cell('Theme'), ...headings(partnerships)],
    rows: data.themes.map((theme) => [
      cell(theme.title),
      ...partnerships.map((p) => cell(data.cells[theme.id]?.[p.id] ?? '')),
    ]),
  };
}

function profile(p: Partnership, showChair: boolean): PublishedTable {
  const rows: TableCell[][] = [
    ...(showChair ? [[cell(PROFILE_ROWS.chair), cell(p.chair)]] : []),
    [cell(PROFILE_ROWS.statutoryBasis), cell(p.statutoryBasis)],
    [cell(PROFILE_ROWS.purpose), cell(p.purpose)],
    [cell(PROFILE_ROWS.duties), { lines: p.duties.length ? p.duties : [''] }],
    [cell(PROFILE_ROWS.priorities), { lines: p.priorities.length ? p.priorities : [''] }],
  ];
  return {
    block: 'partnershipProfiles',
    caption: '',
    header: [cell(PROFILE_ROWS.partnership), cell(partnershipHeading(p))],
    rows,
  };
}

/** Tables of the blocks whose columns (or tables) are the register's partnerships. */
export function matrixTables(block: BlockContent, partnerships: Partnership[]): PublishedTable[] {
  switch (block.type) {
    case 'priorityMatrix':
      return [priorityMatrix(block.data as PriorityMatrixData, partnerships)];
    case 'reportingArrangements':
      return [reporting(block.data as ReportingArrangementsData, partnerships)];
    case 'sharedResponsibilities':
      return [responsibilities(block.data as SharedResponsibilitiesData, partnerships)];
    case 'partnershipProfiles': {
      const { showChair } = block.data as PartnershipProfilesData;
      return partnerships.map((p) => profile(p, showChair));
    }
    default:
      return [];
  }
}
