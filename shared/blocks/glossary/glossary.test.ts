import { describe, expect, it } from 'vitest';
import { createDoc } from '../../document/docFields.ts';
import { blocksMap, createBlock } from '../core/blockStore.ts';
import {
  addGlossaryEntry,
  glossary,
  moveGlossaryEntry,
  registerEntries,
  removeGlossaryEntry,
  setGlossaryText,
  sortGlossaryEntries,
  type GlossaryData,
} from './glossary.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';
import { partnershipFixture as board } from '../../testing/partnershipFixture.ts';

const register = [
  board('p_hwbb', 'Health and Wellbeing Board', 'HWBB'),
  board('p_ssab', 'Safeguarding Adults Board', ' SSAB '),
  board('p_new', 'A board not yet abbreviated', ''),
];

function setup() {
  const doc = createDoc();
  const blockId = createBlock(doc, glossary, { partnerships: register });
  return { doc, blockId, block: blocksMap(doc).get(blockId)! };
}

const data = (...entries: [acronym: string, meaning: string][]): GlossaryData => ({
  entries: entries.map(([acronym, meaning], i) => ({ id: `r${i + 1}`, acronym, meaning })),
});

const found = (d: GlossaryData, bodyText = '', partnerships = register) =>
  glossary
    .validate(d, { partnerships, bodyText, today: '2018-06-01' }, 'b1')
    .map((p) => [p.code, p.severity, p.target.rowId ?? '', p.target.field]);

const acronyms = (d: GlossaryData) => d.entries.map((e) => e.acronym);

describe('glossary data', () => {
  it('starts with no entries of its own (the register’s are not stored)', () => {
    expect(glossary.read(setup().block)).toEqual({ entries: [] });
  });

  it('lists the register’s partnerships that have an acronym', () => {
    expect(registerEntries(register)).toEqual([
      { partnershipId: 'p_hwbb', acronym: 'HWBB', meaning: 'Health and Wellbeing Board' },
      { partnershipId: 'p_ssab', acronym: 'SSAB', meaning: 'Safeguarding Adults Board' },
    ]);
  });

  it('adds, edits, moves and removes entries', () => {
    const { block } = setup();
    const a = addGlossaryEntry(block);
    const b = addGlossaryEntry(block, { acronym: 'CSE', meaning: 'Child sexual exploitation' });
    setGlossaryText(block, a, 'acronym', 'JSNA');
    setGlossaryText(block, a, 'meaning', 'Joint Strategic Needs Assessment');
    expect(glossary.read(block).entries).toEqual([
      { id: a, acronym: 'JSNA', meaning: 'Joint Strategic Needs Assessment' },
      { id: b, acronym: 'CSE', meaning: 'Child sexual exploitation' },
    ]);
    moveGlossaryEntry(block, b, 0);
    expect(glossary.read(block).entries.map((e) => e.id)).toEqual([b, a]);
    removeGlossaryEntry(block, b);
    expect(glossary.read(block).entries.map((e) => e.id)).toEqual([a]);
  });

  it('sorts entries by acronym', () => {
    const { block } = setup();
    for (const acronym of ['MASH', 'cse', 'JSNA']) addGlossaryEntry(block, { acronym });
    sortGlossaryEntries(block);
    expect(acronyms(glossary.read(block))).toEqual(['cse', 'JSNA', 'MASH']);
    sortGlossaryEntries(block);
    expect(acronyms(glossary.read(block))).toEqual(['cse', 'JSNA', 'MASH']);
  });

  it('never uses a partnership (its lines follow the register)', () => {
    expect(glossary.usesPartnership(data(['HWBB', 'Board']), 'p_hwbb')).toBe(false);
  });
});

describe('glossary validation', () => {
  const body = 'The HWBB receives the JSNA. The SSAB and the HWBB share CSE plans.';

  it('accepts a text whose acronyms are all defined, by entries or by the register', () => {
    const d = data(['JSNA', 'Joint Strategic Needs Assessment'], ['cse', 'Child exploitation']);
    expect(found(d, body)).toEqual([]);
  });

  it('reports each undefined acronym once, aimed at the acronym', () => {
    expect(found(data(), body)).toEqual([
      ['acronym-undefined', 'error', '', 'JSNA'],
      ['acronym-undefined', 'error', '', 'CSE'],
    ]);
  });

  it('counts a partnership’s acronym only while it is in the register', () => {
    expect(found(data(['JSNA', 'x'], ['CSE', 'y']), body, [register[0]!])).toEqual([
      ['acronym-undefined', 'error', '', 'SSAB'],
    ]);
  });

  it('warns about an acronym defined twice, or already by the register', () => {
    const d = data(['CSE', 'Child sexual exploitation'], [' CSE', 'Again'], ['HWBB', 'Board']);
    expect(found(d)).toEqual([
      ['acronym-duplicate', 'warning', 'r2', 'acronym'],
      ['acronym-duplicate', 'warning', 'r3', 'acronym'],
    ]);
  });

  it('reports an entry without an acronym or a meaning', () => {
    expect(found(data(['', 'Multi-agency safeguarding hub'], ['MASH', ' ']))).toEqual([
      ['empty-cell', 'error', 'r1', 'acronym'],
      ['empty-cell', 'error', 'r2', 'meaning'],
    ]);
  });
});

describe('glossary concurrency', () => {
  it('keeps entries added on both sides and edits to both fields of one entry', () => {
    const a = setup();
    const b = createDoc();
    const shared = addGlossaryEntry(a.block);
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;

    addGlossaryEntry(a.block, { acronym: 'MASH', meaning: 'Multi-agency safeguarding hub' });
    addGlossaryEntry(blockB, { acronym: 'CSE', meaning: 'Child sexual exploitation' });
    setGlossaryText(a.block, shared, 'acronym', 'JSNA');
    setGlossaryText(blockB, shared, 'meaning', 'Joint Strategic Needs Assessment');
    sync(a.doc, b);

    const result = glossary.read(a.block);
    expect(glossary.read(blockB)).toEqual(result);
    expect(acronyms(result).sort()).toEqual(['CSE', 'JSNA', 'MASH']);
    expect(result.entries[0]).toEqual({
      id: shared,
      acronym: 'JSNA',
      meaning: 'Joint Strategic Needs Assessment',
    });
  });

  it('keeps an entry added while someone else sorts', () => {
    const a = setup();
    const b = createDoc();
    for (const acronym of ['MASH', 'CSE']) addGlossaryEntry(a.block, { acronym });
    sync(a.doc, b);
    sortGlossaryEntries(a.block);
    addGlossaryEntry(blocksMap(b).get(a.blockId)!, { acronym: 'JSNA' });
    sync(a.doc, b);
    expect(acronyms(glossary.read(a.block)).sort()).toEqual(['CSE', 'JSNA', 'MASH']);
  });
});
