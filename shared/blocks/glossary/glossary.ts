import type * as Y from 'yjs';
import type { Partnership } from '../../register/Partnership.ts';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readText } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { addRecord, createList, listIds, listIn, removeRecord } from '../core/RecordList.ts';
import { findAcronyms } from './findAcronyms.ts';
import { moveRow, removeRow, setRowText } from '../core/rowOperations.ts';

/** One acronym typed into the glossary. */
export interface GlossaryEntry {
  id: string;
  acronym: string;
  meaning: string;
}

/**
 * The glossary's own entries. The register's partnerships are listed too, but not stored
 * here: they are derived from the register (see `registerEntries`), so they never go stale.
 */
export interface GlossaryData {
  entries: GlossaryEntry[];
}

/** A glossary line drawn from the partnership register. */
export interface RegisterEntry {
  partnershipId: string;
  acronym: string;
  meaning: string;
}

/** The typed fields of an entry (each a Y.Text). */
export type GlossaryField = 'acronym' | 'meaning';

const entries = (block: Y.Map<unknown>) => listIn(block, 'entries');

/** How acronyms are compared: trimmed, case ignored. */
const normal = (acronym: string) => acronym.trim().toUpperCase();

/** The register's partnerships that have an acronym, as glossary lines, in register order. */
export function registerEntries(partnerships: Partnership[]): RegisterEntry[] {
  return partnerships
    .filter((p) => p.acronym.trim())
    .map((p) => ({ partnershipId: p.id, acronym: p.acronym.trim(), meaning: p.name.trim() }));
}

/** Adds an entry (at `index`, default the end) and returns its id. */
export function addGlossaryEntry(
  block: Y.Map<unknown>,
  init: Partial<Omit<GlossaryEntry, 'id'>> = {},
  index?: number,
): string {
  const fields = { acronym: init.acronym ?? '', meaning: init.meaning ?? '' };
  return addRecord(entries(block), newId('r'), fields, index);
}

/** Removes an entry. */
export const removeGlossaryEntry = removeRow(entries);

/** Moves an entry to `index`. */
export const moveGlossaryEntry = moveRow(entries);

/** Edits an entry's acronym or meaning. */
export const setGlossaryText = setRowText<GlossaryField>(entries);

/**
 * Puts the entries in alphabetical order of acronym. Entries added meanwhile by someone
 * else are kept (where they were added); an entry moved meanwhile appears once.
 */
export function sortGlossaryEntries(block: Y.Map<unknown>): void {
  const list = entries(block);
  const ids = listIds(list);
  const key = (id: string) => normal(readText(list.items.get(id)!, 'acronym'));
  const sorted = [...ids].sort((a, b) => key(a).localeCompare(key(b)));
  if (sorted.every((id, i) => id === ids[i])) return;
  for (const id of ids) removeRecord(list, id);
  list.order.insert(0, sorted);
}

function checkEntries(data: GlossaryData, fromRegister: Set<string>, blockId: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  data.entries.forEach((entry, index) => {
    const target = { blockId, rowId: entry.id };
    const acronym = normal(entry.acronym);
    if (!acronym) {
      problems.push(
        problem('empty-cell', 'error', `Glossary entry ${index + 1} has no acronym.`, {
          ...target,
          field: 'acronym',
        }),
      );
    }
    if (!entry.meaning.trim()) {
      problems.push(
        problem('empty-cell', 'error', `${acronym || 'An entry'} has no meaning.`, {
          ...target,
          field: 'meaning',
        }),
      );
    }
    if (!acronym) return;
    if (fromRegister.has(acronym) || seen.has(acronym)) {
      const why = fromRegister.has(acronym) ? 'a partnership in the register' : 'another entry';
      problems.push(
        problem('acronym-duplicate', 'warning', `${acronym} is already defined by ${why}.`, {
          ...target,
          field: 'acronym',
        }),
      );
    }
    seen.add(acronym);
  });
  return problems;
}

/** The glossary block: acronyms and their meanings, the register's included automatically. */
export const glossary: BlockDefinition<GlossaryData> = {
  type: 'glossary',
  label: 'Glossary',
  description: 'Acronyms and their meanings',
  keywords: ['acronyms', 'abbreviations', 'terms'],

  create(block) {
    createList(block, 'entries');
  },

  read(block) {
    const list = entries(block);
    return {
      entries: listIds(list).map((id) => {
        const entry = list.items.get(id)!;
        return { id, acronym: readText(entry, 'acronym'), meaning: readText(entry, 'meaning') };
      }),
    };
  },

  validate(data, { partnerships, bodyText }, blockId) {
    const fromRegister = new Set(registerEntries(partnerships).map((e) => normal(e.acronym)));
    const problems = checkEntries(data, fromRegister, blockId);
    const defined = new Set([...fromRegister, ...data.entries.map((e) => normal(e.acronym))]);
    for (const acronym of findAcronyms(bodyText)) {
      if (defined.has(normal(acronym))) continue;
      problems.push(
        problem(
          'acronym-undefined',
          'error',
          `${acronym} is used in the text but not defined in the glossary.`,
          { blockId, field: acronym },
        ),
      );
    }
    return problems;
  },

  usesPartnership() {
    // Register lines are derived, not stored: removing a partnership just drops its line.
    return false;
  },
};
