import * as Y from 'yjs';
import { setText } from '../../document/setText.ts';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readCell, writeCell } from '../core/cells.ts';
import { readText, writeText } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { addRecord, createList, listIds, listIn, record } from '../core/RecordList.ts';
import { moveRow, removeRow } from '../core/rowOperations.ts';

/**
 * Themes (rows) × the register's partnerships (columns, in register order) → a paragraph
 * saying what each partnership does about the theme.
 *
 * Storage (a decision): a paragraph is prose that two people may well edit at once, so a
 * theme is created with one Y.Text per partnership then in the register (in the theme's
 * `texts` map, made in the same transaction as the theme, so no peer ever creates one
 * lazily): typing in the same paragraph merges character by character. A partnership added
 * later has no Y.Text in older themes; its paragraphs there are string cells (cells.ts, one
 * map entry per cell: different cells always merge, the same cell is last-writer-wins).
 * Reads and writes go to the Y.Text when the theme has one, else to the cell.
 */
export interface SharedResponsibilitiesData {
  title: string;
  themes: { id: string; title: string }[];
  /** theme id → partnership id → paragraph; empty cells are absent. */
  cells: Record<string, Record<string, string>>;
}

const themesOf = (block: Y.Map<unknown>) => listIn(block, 'themes');
const cellsOf = (block: Y.Map<unknown>) => block.get('cells') as Y.Map<unknown>;

/** The Y.Text a theme was created with for a partnership, if any. */
function cellText(theme: Y.Map<unknown>, partnershipId: string): Y.Text | undefined {
  const texts = theme.get('texts');
  const text = texts instanceof Y.Map ? texts.get(partnershipId) : undefined;
  return text instanceof Y.Text ? text : undefined;
}

/**
 * Adds a theme (at `index`, default the end) with a shared text for each of the given
 * partnerships (those in the register now), and returns its id.
 */
export function addTheme(
  block: Y.Map<unknown>,
  partnershipIds: readonly string[],
  title = '',
  index?: number,
): string {
  const id = addRecord(themesOf(block), newId('r'), { title }, index);
  const texts = new Y.Map<Y.Text>();
  for (const pid of partnershipIds) texts.set(pid, new Y.Text());
  record(themesOf(block), id)!.set('texts', texts);
  return id;
}

/** Renames a theme. */
export function setThemeTitle(block: Y.Map<unknown>, themeId: string, title: string): void {
  const row = record(themesOf(block), themeId);
  if (row) writeText(row, 'title', title);
}

/** Removes a theme. */
export const removeTheme = removeRow(themesOf);

/** Moves a theme up or down. */
export const moveTheme = moveRow(themesOf);

/** Sets what a partnership does about a theme: its paragraph ('' empties it). */
export function setResponsibility(
  block: Y.Map<unknown>,
  themeId: string,
  partnershipId: string,
  paragraph: string,
): void {
  const theme = record(themesOf(block), themeId);
  if (!theme) return;
  const text = cellText(theme, partnershipId);
  if (text) setText(text, paragraph);
  else writeCell(cellsOf(block), themeId, partnershipId, paragraph);
}

/** One theme's paragraphs by partnership: its own texts, then cells for later partnerships. */
function readRow(block: Y.Map<unknown>, themeId: string, theme: Y.Map<unknown>) {
  const row: Record<string, string> = {};
  const cells = cellsOf(block);
  for (const key of cells.keys()) {
    const [rowId, colId] = key.split('|') as [string, string];
    if (rowId !== themeId || cellText(theme, colId)) continue;
    const value = readCell(cells, rowId, colId);
    if (value) row[colId] = value;
  }
  const texts = theme.get('texts');
  if (texts instanceof Y.Map) {
    for (const [pid, text] of texts.entries()) {
      if (text instanceof Y.Text && text.length > 0) row[pid] = text.toString();
    }
  }
  return row;
}

/** The shared responsibilities block. */
export const sharedResponsibilities: BlockDefinition<SharedResponsibilitiesData> = {
  type: 'sharedResponsibilities',
  label: 'Shared responsibilities',
  description: 'Themes × partnerships, a paragraph in each cell',
  keywords: ['themes', 'responsibilities', 'matrix', 'statutory'],

  create(block) {
    block.set('title', new Y.Text('Shared statutory responsibilities'));
    createList(block, 'themes');
    block.set('cells', new Y.Map<unknown>());
  },

  read(block) {
    const list = themesOf(block);
    const themes: SharedResponsibilitiesData['themes'] = [];
    const cells: SharedResponsibilitiesData['cells'] = {};
    for (const id of listIds(list)) {
      const theme = list.items.get(id)!;
      themes.push({ id, title: readText(theme, 'title') });
      const row = readRow(block, id, theme);
      if (Object.keys(row).length > 0) cells[id] = row;
    }
    return { title: readText(block, 'title'), themes, cells };
  },

  validate(data, { partnerships }, blockId) {
    const problems: Problem[] = [];
    for (const theme of data.themes) {
      const target = { blockId, rowId: theme.id };
      if (!theme.title.trim()) {
        problems.push(
          problem('empty-cell', 'error', 'A theme has no name.', { ...target, field: 'title' }),
        );
      }
      const row = data.cells[theme.id] ?? {};
      if (!partnerships.some((p) => row[p.id]?.trim())) {
        const name = theme.title.trim() || 'An untitled theme';
        problems.push(
          problem(
            'theme-empty',
            'warning',
            `${name} says nothing about any partnership yet.`,
            target,
          ),
        );
      }
    }
    return problems;
  },

  usesPartnership(data, partnershipId) {
    return Object.values(data.cells).some((row) => !!row[partnershipId]?.trim());
  },
};
