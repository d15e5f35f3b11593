import type * as Y from 'yjs';
import { writeText } from '../blocks/core/fields.ts';
import {
  addCoordinationGroup,
  addCoordinationRow,
} from '../blocks/coordinationTable/coordinationTable.ts';
import { setReviewDate, setStatus, setVersion } from '../blocks/documentHeader/documentHeader.ts';
import { addGlossaryEntry } from '../blocks/glossary/glossary.ts';
import { addLeadTheme } from '../blocks/leadTable/leadTable.ts';
import { setShowChair } from '../blocks/partnershipProfiles/partnershipProfiles.ts';
import { addPriority, setRole } from '../blocks/priorityMatrix/priorityMatrix.ts';
import {
  addTheme,
  setResponsibility,
} from '../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import { addVersionRow } from '../blocks/versionTable/versionTable.ts';
import { fillSignatories } from '../templates/fillers.ts';
import type { TemplateBlock } from '../templates/TemplateSpec.ts';
import { cellText, profileField, roleOf, type TableKind } from './classifyTable.ts';
import { parseDate } from './parseDate.ts';
import { reportingBlock } from './reportingBlock.ts';
import type { RegisterDraft } from './RegisterDraft.ts';
import type { SourceCell } from './SourceModel.ts';
import { generalTableBlock } from './generalTableBlock.ts';

/** What a table is read with: the register so far, its caption, a name for a profile. */
export interface TableContext {
  register: RegisterDraft;
  /** The caption above the table ('' when none). */
  caption: string;
  /** The heading or label just before the table (names a profile table without a header). */
  before: string;
  /** Where to say what could not be carried over. */
  notes: string[];
}

/** A recognised table: the block to create (if any) and a line for the import report. */
export interface TableBlock {
  block?: TemplateBlock;
  detail: string;
  /** The caption became the block's title, so it is not kept as a paragraph too. */
  usesCaption?: boolean;
}

type Fill = (block: Y.Map<unknown>, partners: Record<string, string>) => void;

const texts = (row: SourceCell[]) => row.map(cellText);
/** "1 entry", "3 entries", "2 versions". */
export const plural = (n: number, word: string) =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const normal = (text: string) => text.toLowerCase();
const column = (headers: string[], pattern: RegExp) =>
  headers.findIndex((h) => pattern.test(normal(h)));
const STATUS = /final/i;

/** The partnerships a listing table names, in its order (its columns, or a profile's name). */
export function listedPartnerships(
  kind: TableKind,
  rows: SourceCell[][],
  context: TableContext,
): string[] {
  const header = texts(rows[0] ?? []);
  if (kind === 'priorityMatrix' || kind === 'sharedResponsibilities')
    return header.slice(1).filter(Boolean);
  if (kind === 'reportingArrangements') {
    return header.slice(2).filter((h) => context.register.isPartnership(h));
  }
  if (kind === 'sharedResponsibilitiesByBoard')
    return rows
      .slice(1)
      .map((r) => cellText(r[0]))
      .filter(Boolean);
  if (kind === 'partnershipProfiles') {
    const name = profileName(rows, context);
    return name ? [name] : [];
  }
  return [];
}

function profileName(rows: SourceCell[][], context: TableContext): string {
  const [first, second] = texts(rows[0] ?? []);
  if (first && /partnership|board/i.test(first) && !profileField(first)) return second ?? '';
  return context.before
    .replace(/\*+/g, '')
    .replace(/\s+roles?( and priorities)?$/i, '')
    .trim();
}

function documentHeaderBlock(rows: SourceCell[][]): TableBlock {
  const headers = texts(rows[0] ?? []);
  const values = texts(rows[1] ?? []);
  const at = (pattern: RegExp) => values[column(headers, pattern)] ?? '';
  const fill: Fill = (block) => {
    setStatus(block, STATUS.test(at(/status/)) ? 'final' : 'draft');
    setVersion(block, at(/version/));
    setReviewDate(block, parseDate(at(/review/)));
  };
  return { block: { block: 'documentHeader', fill }, detail: 'status, version and review date' };
}

function versionBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const headers = texts(rows[0] ?? []);
  const [v, a, d, r] = [
    /version/,
    /author|by/,
    /date/,
    /rationale|comment|change|description|reason/,
  ].map((p) => column(headers, p));
  const body = rows
    .slice(1)
    .map(texts)
    .filter((row) => row.some(Boolean));
  const unreadable = body.filter((row) => row[d!] && !parseDate(row[d!]!)).length;
  if (unreadable)
    context.notes.push(
      `${plural(unreadable, 'version date')} could not be read as a date and were left empty.`,
    );
  const fill: Fill = (block) => {
    for (const row of body) {
      const at = (i: number) => (i >= 0 ? (row[i] ?? '') : '');
      addVersionRow(block, {
        version: at(v!),
        author: at(a!),
        date: parseDate(at(d!)),
        rationale: at(r!),
      });
    }
  };
  return { block: { block: 'versionTable', fill }, detail: plural(body.length, 'version') };
}

/** "Independent Chair, Safeguarding Adults Board" → designation and partnership. */
function splitDesignation(text: string, register: RegisterDraft): [string, string] {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return register.isPartnership(text) ? ['', text] : [text, ''];
  const tail = text.slice(comma + 1).trim();
  return register.isPartnership(tail) ? [text.slice(0, comma).trim(), tail] : [text, ''];
}

function signatoriesBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const headers = texts(rows[0] ?? []);
  const name = column(headers, /name/);
  const designation = column(headers, /designation|role|title/);
  const partnership = column(headers, /partnership|board|organisation/);
  const signature = column(headers, /signature|signed/);
  const date = column(headers, /date/);
  const combined = designation >= 0 && designation === partnership;
  const body = rows
    .slice(1)
    .map(texts)
    .filter((row) => row.some(Boolean));
  const signatories = body.map((row) => {
    const at = (i: number) => (i >= 0 ? (row[i] ?? '') : '');
    const [role, board] = combined
      ? splitDesignation(at(designation), context.register)
      : [at(designation), at(partnership)];
    const key =
      board && context.register.isPartnership(board) ? context.register.ensure(board).key : '';
    return {
      name: at(name),
      designation: role,
      key,
      signature: at(signature),
      date: parseDate(at(date)),
    };
  });
  const fill: Fill = (block, partners) =>
    fillSignatories(
      block,
      signatories.map(({ key, ...row }) => ({ ...row, partnershipId: key ? partners[key]! : '' })),
    );
  return { block: { block: 'signatories', fill }, detail: plural(signatories.length, 'signatory') };
}

const FREQUENCY = /^(monthly|quarterly|annually|annual|weekly|yearly|on-?going|bi-|every|\d)/i;

function coordinationBlock(rows: SourceCell[][]): TableBlock {
  const groups: { title: string; rows: { frequency: string; action: string }[] }[] = [];
  for (const row of rows.slice(1)) {
    const [frequency = '', action = ''] = texts(row);
    const onlyFirst = !!frequency && row.slice(1).every((c) => !cellText(c));
    const group =
      (row[0]?.span ?? 1) > 1 || row[0]?.bold || (onlyFirst && !FREQUENCY.test(frequency));
    const current = groups.at(-1);
    if (group) groups.push({ title: frequency, rows: [] });
    else if (!frequency && action && current?.rows.length) {
      // A row split across pages: its second half has no frequency.
      const last = current.rows.at(-1)!;
      last.action = `${last.action} ${action}`.trim();
    } else if (frequency || action) {
      if (!current) groups.push({ title: '', rows: [] });
      groups.at(-1)!.rows.push({ frequency, action });
    }
  }
  const fill: Fill = (block) => {
    for (const group of groups) {
      const id = addCoordinationGroup(block, group.title);
      for (const row of group.rows) addCoordinationRow(block, id, row);
    }
  };
  const count = groups.reduce((n, g) => n + g.rows.length, 0);
  return {
    block: { block: 'coordinationTable', fill },
    detail: `${plural(groups.length, 'group')}, ${plural(count, 'row')}`,
  };
}

/** Glossary lines: a partnership already in the register is listed by the register itself. */
export function glossaryBlock(entries: [string, string][], register: RegisterDraft): TableBlock {
  const own = entries.filter(([acronym, meaning]) => !register.find(`${meaning} (${acronym})`));
  const fill: Fill = (block) => {
    for (const [acronym, meaning] of own) addGlossaryEntry(block, { acronym, meaning });
  };
  const fromRegister = entries.length - own.length;
  const detail = `${plural(own.length, 'entry')}${fromRegister ? ` (and ${fromRegister} from the partnership register)` : ''}`;
  return { block: { block: 'glossary', fill }, detail };
}

function leadBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const headers = texts(rows[0] ?? []);
  const [theme, lead, info] = [/theme/, /lead/, /information|detail|note/].map((p) =>
    column(headers, p),
  );
  const body = rows
    .slice(1)
    .map(texts)
    .filter((row) => row.some(Boolean));
  const themes = body.map((row) => ({
    theme: row[theme!] ?? '',
    key: row[lead!] ? context.register.ensure(row[lead!]!).key : '',
    info: info! >= 0 ? (row[info!] ?? '') : '',
  }));
  const fill: Fill = (block, partners) => {
    writeText(block, 'title', context.caption);
    for (const row of themes) {
      addLeadTheme(block, {
        theme: row.theme,
        info: row.info,
        leadId: row.key ? partners[row.key]! : '',
      });
    }
  };
  return {
    block: { block: 'leadTable', fill },
    detail: plural(themes.length, 'theme'),
    usesCaption: true,
  };
}

function profilesBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const name = profileName(rows, context);
  const draft = context.register.ensure(name || 'Unnamed partnership');
  let chair = false;
  for (const row of rows) {
    const field = profileField(cellText(row[0]));
    if (!field) continue;
    const lines = (row[1]?.lines ?? []).map((l) => l.trim()).filter(Boolean);
    draft.init[field] =
      field === 'duties' || field === 'priorities' ? lines.join('\n') : lines.join(' ');
    if (field === 'chair') chair = true;
  }
  const fill: Fill = (block) => setShowChair(block, chair);
  return {
    block: { block: 'partnershipProfiles', fill },
    detail: `profile of ${draft.init.name || draft.init.acronym}`,
  };
}

function matrixBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const header = texts(rows[0] ?? []);
  const listed = header.slice(1).filter(Boolean);
  // Column headers lost (as in text copied from a PDF): the register's partnerships, in order.
  const keys = listed.length
    ? header.slice(1).map((h) => (h ? context.register.ensure(h).key : ''))
    : context.register.partnerships.map((p) => p.key);
  const priorities = rows
    .slice(1)
    .map(texts)
    .filter((row) => row[0])
    .map((row) => ({ title: row[0]!, roles: row.slice(1).map((c) => roleOf(c) ?? '') }));
  if (!listed.length)
    context.notes.push(
      'The priority matrix had no partnership names over its columns: its columns follow the partnership register.',
    );
  const fill: Fill = (block, partners) => {
    if (context.caption) writeText(block, 'title', context.caption);
    for (const priority of priorities) {
      const id = addPriority(block, priority.title);
      priority.roles.forEach((role, i) => {
        const key = keys[i];
        if (role && key) setRole(block, id, partners[key]!, role);
      });
    }
  };
  return {
    block: { block: 'priorityMatrix', fill },
    detail: `${plural(priorities.length, 'priority')} × ${plural(keys.length, 'partnership')}`,
    usesCaption: !!context.caption,
  };
}

function responsibilitiesBlock(
  rows: SourceCell[][],
  context: TableContext,
  byBoard: boolean,
): TableBlock {
  const grid = rows.map(texts);
  // Themes are rows; a table drawn boards × themes (boards down the side) is turned round.
  const themeRows = byBoard
    ? (grid[0] ?? [])
        .slice(1)
        .map((title, i) => [title, ...grid.slice(1).map((row) => row[i + 1] ?? '')])
    : grid.slice(1);
  const boards = byBoard ? grid.slice(1).map((row) => row[0] ?? '') : (grid[0] ?? []).slice(1);
  const keys = boards.map((b) => context.register.ensure(b).key);
  const fill: Fill = (block, partners) => {
    if (context.caption) writeText(block, 'title', context.caption);
    const ids = Object.values(partners);
    for (const [title = '', ...cells] of themeRows) {
      const id = addTheme(block, ids, title);
      cells.forEach((text, i) => {
        if (text && keys[i]) setResponsibility(block, id, partners[keys[i]]!, text);
      });
    }
  };
  return {
    block: { block: 'sharedResponsibilities', fill },
    detail: `${plural(themeRows.length, 'theme')} × ${plural(keys.length, 'partnership')}`,
    usesCaption: !!context.caption,
  };
}

/** The block a classified table becomes. */
export function tableBlock(
  kind: TableKind,
  rows: SourceCell[][],
  context: TableContext,
): TableBlock {
  switch (kind) {
    case 'documentHeader':
      return documentHeaderBlock(rows);
    case 'versionTable':
      return versionBlock(rows, context);
    case 'signatories':
      return signatoriesBlock(rows, context);
    case 'coordinationTable':
      return coordinationBlock(rows);
    case 'glossary':
      return glossaryBlock(
        rows
          .slice(1)
          .map((r) => [cellText(r[0]), cellText(r[1])] as [string, string])
          .filter(([a]) => a),
        context.register,
      );
    case 'leadTable':
      return leadBlock(rows, context);
    case 'partnershipProfiles':
      return profilesBlock(rows, context);
    case 'reportingArrangements':
      return reportingBlock(rows, context);
    case 'priorityMatrix':
      return matrixBlock(rows, context);
    case 'sharedResponsibilities':
    case 'sharedResponsibilitiesByBoard':
      return responsibilitiesBlock(rows, context, kind === 'sharedResponsibilitiesByBoard');
    case 'matrixKey':
      return { detail: 'a matrix key: every priority matrix shows its own' };
    case 'contents':
      return { detail: 'a contents list: the editor numbers sections itself' };
    case 'generalTable':
      return generalTableBlock(rows, context);
  }
}
