import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDoc } from '../../document/docFields.ts';
import { addPartnership, readRegister, updatePartnership } from '../../register/register.ts';
import { blockData, createBlock } from '../core/blockStore.ts';
import {
  addTheme,
  moveTheme,
  removeTheme,
  setResponsibility,
  setThemeTitle,
  sharedResponsibilities,
} from './sharedResponsibilities.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

function setup() {
  const doc = createDoc();
  const ssab = addPartnership(doc, { name: 'Somerset Safeguarding Adults Board', acronym: 'SSAB' });
  const ssp = addPartnership(doc, { name: 'Safer Somerset Partnership', acronym: 'SSP' });
  const id = createBlock(doc, sharedResponsibilities, { partnerships: readRegister(doc) });
  const block = blockData(doc, id)!;
  const ids = () => readRegister(doc).map((p) => p.id);
  return { doc, id, block, ssab, ssp, ids };
}

const read = sharedResponsibilities.read;
const validate = (doc: Y.Doc, block: Y.Map<unknown>) =>
  sharedResponsibilities.validate(
    read(block),
    { partnerships: readRegister(doc), bodyText: '', today: '2016-07-01' },
    'b1',
  );
const codes = (doc: Y.Doc, block: Y.Map<unknown>) => validate(doc, block).map((p) => p.code);

describe('sharedResponsibilities: data', () => {
  it('starts with a title and no themes', () => {
    const { block } = setup();
    expect(read(block)).toEqual({
      title: 'Shared statutory responsibilities',
      themes: [],
      cells: {},
    });
  });

  it('reads themes and each partnership’s paragraph', () => {
    const { block, ssab, ssp, ids } = setup();
    const theme = addTheme(block, ids(), 'Modern Slavery');
    setResponsibility(block, theme, ssp, 'Leads on modern slavery.');
    setResponsibility(block, theme, ssab, 'Promotes awareness with the lead.');
    expect(read(block)).toMatchObject({
      themes: [{ id: theme, title: 'Modern Slavery' }],
      cells: {
        [theme]: { [ssp]: 'Leads on modern slavery.', [ssab]: 'Promotes awareness with the lead.' },
      },
    });
  });

  it('renames, moves and removes themes', () => {
    const { block, ids } = setup();
    const a = addTheme(block, ids(), 'Prevent');
    const b = addTheme(block, ids(), 'Domestic Abuse');
    setThemeTitle(block, a, 'Prevent Programme');
    moveTheme(block, b, 0);
    expect(read(block).themes).toEqual([
      { id: b, title: 'Domestic Abuse' },
      { id: a, title: 'Prevent Programme' },
    ]);
    removeTheme(block, b);
    expect(read(block).themes.map((t) => t.id)).toEqual([a]);
  });

  it('drops a cell emptied again, whether shared text or string cell', () => {
    const { doc, block, ssab, ids } = setup();
    const theme = addTheme(block, ids(), 'Youth Justice');
    const later = addPartnership(doc, { name: 'Corporate Parenting Board', acronym: 'CPB' });
    setResponsibility(block, theme, ssab, 'n/a');
    setResponsibility(block, theme, later, 'Receives the Youth Justice Plan.');
    expect(Object.keys(read(block).cells[theme]!)).toHaveLength(2);
    setResponsibility(block, theme, ssab, '');
    setResponsibility(block, theme, later, '');
    expect(read(block).cells).toEqual({});
  });

  it('uses a partnership that has a paragraph somewhere', () => {
    const { block, ssab, ssp, ids } = setup();
    const theme = addTheme(block, ids(), 'Prevent');
    setResponsibility(block, theme, ssp, 'Accountable for Prevent.');
    expect(sharedResponsibilities.usesPartnership(read(block), ssp)).toBe(true);
    expect(sharedResponsibilities.usesPartnership(read(block), ssab)).toBe(false);
  });
});

describe('sharedResponsibilities: validation', () => {
  it('reports an untitled theme until it has a name', () => {
    const { doc, block, ssp, ids } = setup();
    const theme = addTheme(block, ids());
    setResponsibility(block, theme, ssp, 'Leads.');
    expect(validate(doc, block).map((p) => [p.code, p.target])).toEqual([
      ['empty-cell', { blockId: 'b1', rowId: theme, field: 'title' }],
    ]);
    setThemeTitle(block, theme, 'Modern Slavery');
    expect(codes(doc, block)).toEqual([]);
  });

  it('warns about a theme with no paragraph, or only blank ones, until one is written', () => {
    const { doc, block, ssab, ids } = setup();
    const theme = addTheme(block, ids(), 'Domestic Abuse');
    expect(codes(doc, block)).toEqual(['theme-empty']);
    setResponsibility(block, theme, ssab, '   ');
    expect(codes(doc, block)).toEqual(['theme-empty']);
    setResponsibility(block, theme, ssab, 'Works to prevent harm to adults.');
    expect(codes(doc, block)).toEqual([]);
  });
});

describe('sharedResponsibilities: concurrency', () => {
  function twoPeers() {
    const first = setup();
    const b = createDoc();
    sync(first.doc, b);
    return { ...first, a: first.doc, b, other: blockData(b, first.id)! };
  }

  it('keeps themes both people added at once', () => {
    const { a, b, block, other, ids } = twoPeers();
    addTheme(block, ids(), 'Prevent Programme');
    addTheme(other, ids(), 'Modern Slavery');
    sync(a, b);
    expect(
      read(block)
        .themes.map((t) => t.title)
        .sort(),
    ).toEqual(['Modern Slavery', 'Prevent Programme']);
    expect(read(other)).toEqual(read(block));
  });

  it('keeps both paragraphs two people wrote offline in different cells', () => {
    const { a, b, block, other, ssab, ssp, ids } = twoPeers();
    const theme = addTheme(block, ids(), 'Modern Slavery');
    sync(a, b);
    setResponsibility(block, theme, ssp, 'Lead partnership for modern slavery.');
    setResponsibility(other, theme, ssab, 'Promotes awareness with the SSP.');
    sync(a, b);
    expect(read(other).cells[theme]).toEqual({
      [ssp]: 'Lead partnership for modern slavery.',
      [ssab]: 'Promotes awareness with the SSP.',
    });
    expect(read(block)).toEqual(read(other));
  });

  it('merges two people typing in the same paragraph', () => {
    const { a, b, block, other, ssp, ids } = twoPeers();
    const theme = addTheme(block, ids(), 'Prevent');
    setResponsibility(block, theme, ssp, 'Oversees the Prevent programme.');
    sync(a, b);
    setResponsibility(block, theme, ssp, 'Oversees and assures the Prevent programme.');
    setResponsibility(other, theme, ssp, 'Oversees the Prevent programme in Somerset.');
    sync(a, b);
    expect(read(other).cells[theme]?.[ssp]).toBe(
      'Oversees and assures the Prevent programme in Somerset.',
    );
  });

  it('has the new partnership’s cells and the new theme after a concurrent add', () => {
    const { a, b, block, other, ssp } = twoPeers();
    const hwb = addPartnership(a, { name: 'Health and Wellbeing Board', acronym: 'HWB' });
    const theme = addTheme(
      other,
      readRegister(b).map((p) => p.id),
      'Health and Wellbeing',
    );
    sync(a, b);
    expect(readRegister(b).map((p) => p.acronym)).toEqual(['SSAB', 'SSP', 'HWB']);
    setResponsibility(block, theme, hwb, 'Holds the statutory duty for the JSNA.');
    setResponsibility(other, theme, ssp, 'Takes account of health in its plan.');
    sync(a, b);
    expect(read(other).cells[theme]).toEqual({
      [hwb]: 'Holds the statutory duty for the JSNA.',
      [ssp]: 'Takes account of health in its plan.',
    });
    expect(read(block)).toEqual(read(other));
    expect(codes(a, block)).toEqual([]);
  });

  it('keeps different cells of a later partnership that two people edit offline', () => {
    const { a, b, block, other, ids } = twoPeers();
    const prevent = addTheme(block, ids(), 'Prevent');
    const slavery = addTheme(block, ids(), 'Modern Slavery');
    const cpb = addPartnership(a, { name: 'Corporate Parenting Board', acronym: 'CPB' });
    sync(a, b);
    setResponsibility(block, prevent, cpb, 'Considers children looked after.');
    setResponsibility(other, slavery, cpb, 'Receives reports.');
    sync(a, b);
    expect(read(block).cells).toEqual({
      [prevent]: { [cpb]: 'Considers children looked after.' },
      [slavery]: { [cpb]: 'Receives reports.' },
    });
    expect(read(other)).toEqual(read(block));
  });

  it('validates against the register’s current names; the data holds ids only', () => {
    const { a, b, block, other, ssp, ids } = twoPeers();
    const theme = addTheme(block, ids(), 'Prevent');
    setResponsibility(block, theme, ssp, 'Accountable partnership for Prevent.');
    sync(a, b);
    updatePartnership(b, ssp, 'name', 'Safer Somerset Community Safety Partnership');
    sync(a, b);
    expect(JSON.stringify(read(block))).not.toContain('Safer');
    expect(readRegister(a).find((p) => p.id === ssp)?.name).toBe(
      'Safer Somerset Community Safety Partnership',
    );
    expect(read(other)).toEqual(read(block));
  });
});
