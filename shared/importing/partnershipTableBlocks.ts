import { writeText } from '../blocks/core/fields.ts';
import { setShowChair } from '../blocks/partnershipProfiles/partnershipProfiles.ts';
import { addPriority, setRole } from '../blocks/priorityMatrix/priorityMatrix.ts';
import {
  addTheme,
  setResponsibility,
} from '../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import { cellText, profileField, roleOf, type TableKind } from './classifyTable.ts';
import type { SourceCell } from './SourceModel.ts';
import { plural, texts, type Fill, type TableBlock, type TableContext } from './tableHelpers.ts';

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

export function profilesBlock(rows: SourceCell[][], context: TableContext): TableBlock {
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

export function matrixBlock(rows: SourceCell[][], context: TableContext): TableBlock {
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

export function responsibilitiesBlock(
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
