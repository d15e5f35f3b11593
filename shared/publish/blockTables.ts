import type { CoordinationTableData } from '../blocks/coordinationTable/coordinationTable.ts';
import { STATUS_LABEL, type DocumentHeaderData } from '../blocks/documentHeader/documentHeader.ts';
import type { GeneralTableData } from '../blocks/generalTable/generalTable.ts';
import { headerCells } from '../blocks/generalTable/headerCells.ts';
import { registerEntries, type GlossaryData } from '../blocks/glossary/glossary.ts';
import type { LeadTableData } from '../blocks/leadTable/leadTable.ts';
import type { SignatoriesData } from '../blocks/signatories/signatories.ts';
import type { VersionTableData } from '../blocks/versionTable/versionTable.ts';
import type { BlockContent } from '../document/readContent.ts';
import type { Partnership } from '../register/Partnership.ts';
import type { VersionRecord } from '../versions/versionStore.ts';
import { longDate } from './longDate.ts';
import { matrixTables } from './matrixTables.ts';
import { partnershipHeading } from './partnershipHeading.ts';
import { cell, type PublishedTable, type TableCell } from './Publication.ts';

/** What a block's tables are drawn from besides the block. */
export interface TableContext {
  partnerships: Partnership[];
  /** Named versions, oldest first: the version table lists them after the typed rows. */
  versions: VersionRecord[];
}

/** The standard column headers of each block, also what an import recognises. */
export const HEADERS = {
  documentHeader: ['Status', 'Version', 'Review date'],
  versionTable: ['Version', 'Author', 'Date', 'Rationale'],
  signatories: ['Name', 'Designation', 'Partnership', 'Signature', 'Date'],
  leadTable: ['Theme', 'Lead partnership', 'Further information'],
  coordinationTable: ['Frequency', 'Action'],
  glossary: ['Acronym', 'Meaning'],
} as const;

const headerRow = (texts: readonly string[]): TableCell[] => texts.map((t) => cell(t));
const row = (...texts: string[]): TableCell[] => texts.map((t) => cell(t));

function simple(block: string, texts: readonly string[], rows: TableCell[][], caption = '') {
  return { block, caption, header: headerRow(texts), rows };
}

function nameOf(partnerships: Partnership[], id: string): string {
  const partnership = partnerships.find((p) => p.id === id);
  return partnership ? partnershipHeading(partnership) : '';
}

function versionRows(data: VersionTableData, versions: VersionRecord[]): TableCell[][] {
  const typed = data.rows.map((r) => row(r.version, r.author, longDate(r.date), r.rationale));
  const named = versions.map((v) =>
    row(v.label, v.author, longDate(v.createdAt.slice(0, 10)), v.rationale),
  );
  return [...typed, ...named];
}

function coordinationRows(data: CoordinationTableData): TableCell[][] {
  return data.groups.flatMap((group) => [
    ...(group.title.trim() ? [[cell(group.title, 2)]] : []),
    ...group.rows.map((r) => row(r.frequency, r.action)),
  ]);
}

function generalTables(data: GeneralTableData): PublishedTable[] {
  return [
    {
      block: 'generalTable',
      caption: data.title,
      header: headerCells(data.columns).map((c) => cell(c.header, c.span)),
      rows: data.rows.map((r) => data.columns.map((c) => cell(r.cells[c.id] ?? ''))),
    },
  ];
}

/** A structured block as the tables a published copy shows (most blocks: one). */
export function blockTables(block: BlockContent, context: TableContext): PublishedTable[] {
  const { partnerships } = context;
  switch (block.type) {
    case 'documentHeader': {
      const data = block.data as DocumentHeaderData;
      const values = row(STATUS_LABEL[data.status], data.version, longDate(data.reviewDate));
      return [simple('documentHeader', HEADERS.documentHeader, [values])];
    }
    case 'versionTable':
      return [
        simple(
          'versionTable',
          HEADERS.versionTable,
          versionRows(block.data as VersionTableData, context.versions),
        ),
      ];
    case 'signatories': {
      const rows = (block.data as SignatoriesData).rows.map((r) =>
        row(
          r.name,
          r.designation,
          nameOf(partnerships, r.partnershipId),
          r.signature,
          longDate(r.date),
        ),
      );
      return [simple('signatories', HEADERS.signatories, rows)];
    }
    case 'leadTable': {
      const data = block.data as LeadTableData;
      const rows = data.rows.map((r) => row(r.theme, nameOf(partnerships, r.leadId), r.info));
      return [simple('leadTable', HEADERS.leadTable, rows, data.title)];
    }
    case 'coordinationTable':
      return [
        simple(
          'coordinationTable',
          HEADERS.coordinationTable,
          coordinationRows(block.data as CoordinationTableData),
        ),
      ];
    case 'glossary': {
      const own = (block.data as GlossaryData).entries.map((e) => row(e.acronym, e.meaning));
      const fromRegister = registerEntries(partnerships).map((e) => row(e.acronym, e.meaning));
      return [simple('glossary', HEADERS.glossary, [...fromRegister, ...own])];
    }
    case 'generalTable':
      return generalTables(block.data as GeneralTableData);
    default:
      return matrixTables(block, partnerships);
  }
}
