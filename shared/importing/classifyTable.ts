import type { RegisterDraft } from './RegisterDraft.ts';
import type { SourceCell } from './SourceModel.ts';

/** What a table is: a structured block, a part to leave out, or a general table. */
export type TableKind =
  | 'documentHeader'
  | 'versionTable'
  | 'signatories'
  | 'coordinationTable'
  | 'glossary'
  | 'leadTable'
  | 'partnershipProfiles'
  | 'reportingArrangements'
  | 'priorityMatrix'
  | 'sharedResponsibilities'
  | 'sharedResponsibilitiesByBoard'
  | 'matrixKey'
  | 'contents'
  | 'generalTable';

/** A cell's text, its lines joined. */
export const cellText = (cell: SourceCell | undefined): string =>
  (cell?.lines ?? []).join('\n').trim();

const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A matrix mark as a role: Lead / L, Contributing / Contributor / C / Supporting. */
export function roleOf(text: string): 'lead' | 'contributing' | '' | undefined {
  const value = normal(text);
  if (!value) return '';
  if (/^(lead|l|lead partnership)$/.test(value)) return 'lead';
  if (
    /^(contributing|contributor|contributes|c|supporting|support|contributing partnership)$/.test(
      value,
    )
  ) {
    return 'contributing';
  }
  return undefined;
}

/** Which profile field a row label names, if any. */
export function profileField(label: string) {
  const value = normal(label);
  if (/chair/.test(value)) return 'chair' as const;
  if (/basis|legislation/.test(value)) return 'statutoryBasis' as const;
  if (/purpose|role/.test(value)) return 'purpose' as const;
  if (/dut(y|ies)|functions/.test(value)) return 'duties' as const;
  if (/priorit/.test(value)) return 'priorities' as const;
  return undefined;
}

const includes = (headers: string[], ...words: string[]) =>
  words.every((word) => headers.some((h) => h.includes(word)));

/**
 * Decides what a table is from its header row and its cells: the structured block whose
 * columns it has (Version / Author / Date …, Frequency / Action, a priority column with
 * Lead and Contributing marks, themes × boards …), a contents list or a matrix key to
 * leave out, or else a general table.
 */
export function classifyTable(rows: SourceCell[][], register: RegisterDraft): TableKind {
  const headers = (rows[0] ?? []).map((c) => normal(cellText(c)));
  const body = rows.slice(1);
  const columns = headers.length;
  if (includes(headers, 'status', 'version', 'review')) return 'documentHeader';
  if (
    headers[0]?.includes('version') &&
    (includes(headers, 'author') || includes(headers, 'date'))
  ) {
    return 'versionTable';
  }
  if (
    includes(headers, 'name') &&
    (includes(headers, 'signature') || includes(headers, 'designation'))
  ) {
    return 'signatories';
  }
  if (includes(headers, 'frequency', 'action')) return 'coordinationTable';
  if (
    columns === 2 &&
    /acronym|abbreviation|term/.test(headers[0] ?? '') &&
    /meaning|definition|description|stands for/.test(headers[1] ?? '')
  ) {
    return 'glossary';
  }
  if (columns >= 2 && headers[0]?.includes('theme') && includes(headers, 'lead'))
    return 'leadTable';
  const labels = rows.map((r) => cellText(r[0]));
  if (columns === 2 && labels.filter((l) => profileField(l)).length >= 2)
    return 'partnershipProfiles';
  if (
    columns >= 3 &&
    headers[0]?.includes('report') &&
    /from|owner|board|by/.test(headers[1] ?? '')
  ) {
    return 'reportingArrangements';
  }
  const marks = body.flatMap((r) => r.slice(1).map((c) => roleOf(cellText(c))));
  if (body.length > 0 && marks.every((m) => m !== undefined)) {
    // A priority column, or Lead / Contributing marks: a matrix even if the marks were lost.
    if (headers[0]?.includes('priorit') || (columns >= 2 && marks.some(Boolean))) {
      return 'priorityMatrix';
    }
  }
  if (
    rows.length <= 3 &&
    rows.every((r) => roleOf(cellText(r[0])) && r.slice(1).every((c) => !cellText(c)))
  ) {
    return 'matrixKey';
  }
  const boards = rows[0]?.slice(1).map(cellText) ?? [];
  if (
    columns >= 3 &&
    headers[0]?.includes('theme') &&
    boards.every((b) => register.isPartnership(b))
  ) {
    return 'sharedResponsibilities';
  }
  const rowBoards = body.map((r) => cellText(r[0])).filter(Boolean);
  if (columns >= 3 && rowBoards.length >= 2 && rowBoards.every((b) => register.isPartnership(b))) {
    return 'sharedResponsibilitiesByBoard';
  }
  const pages = body.map((r) => cellText(r.at(-1)));
  if (columns === 2 && body.length >= 2 && pages.every((p) => /^\d{1,3}$/.test(p)))
    return 'contents';
  return 'generalTable';
}

/** Table kinds whose columns (or tables) list the register's partnerships in its order. */
export const LISTING_KINDS: ReadonlySet<TableKind> = new Set([
  'priorityMatrix',
  'sharedResponsibilities',
  'sharedResponsibilitiesByBoard',
  'reportingArrangements',
  'partnershipProfiles',
]);
