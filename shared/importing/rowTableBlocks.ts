import { writeText } from '../blocks/core/fields.ts';
import {
  addCoordinationGroup,
  addCoordinationRow,
} from '../blocks/coordinationTable/coordinationTable.ts';
import { setReviewDate, setStatus, setVersion } from '../blocks/documentHeader/documentHeader.ts';
import { addGlossaryEntry } from '../blocks/glossary/glossary.ts';
import { addLeadTheme } from '../blocks/leadTable/leadTable.ts';
import { addVersionRow } from '../blocks/versionTable/versionTable.ts';
import { fillSignatories } from '../templates/fillers.ts';
import { cellText } from './classifyTable.ts';
import { parseDate } from './parseDate.ts';
import type { RegisterDraft } from './RegisterDraft.ts';
import type { SourceCell } from './SourceModel.ts';
import {
  column,
  plural,
  texts,
  type Fill,
  type TableBlock,
  type TableContext,
} from './tableHelpers.ts';

const STATUS = /final/i;

export function documentHeaderBlock(rows: SourceCell[][]): TableBlock {
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

export function versionBlock(rows: SourceCell[][], context: TableContext): TableBlock {
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

export function signatoriesBlock(rows: SourceCell[][], context: TableContext): TableBlock {
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

export function coordinationBlock(rows: SourceCell[][]): TableBlock {
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

export function leadBlock(rows: SourceCell[][], context: TableContext): TableBlock {
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
