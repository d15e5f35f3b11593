import type { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flattenSections.ts';
import { groupSections, SECTION_MAX } from './groupSections.ts';
import { sectionedSchema } from './sectionedSchema.ts';

const schema = sectionedSchema();
const sectionType = schema.nodes.section!;
const p = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const blocks = (count: number, name = 'b') =>
  Array.from({ length: count }, (_, i) => p(`${name}${i}`));
const docOf = (previous: Node | null, list: readonly Node[]) =>
  schema.node('doc', null, groupSections(list, previous, sectionType));
const sizes = (doc: Node) => {
  const out: number[] = [];
  doc.forEach((section) => out.push(section.childCount));
  return out;
};
const flat = (doc: Node) => {
  const out: Node[] = [];
  flattenSections(doc).forEach((block) => out.push(block));
  return out;
};

describe('groupSections', () => {
  it('cuts a long run of blocks into sections of about SECTION_SIZE and keeps a short one whole', () => {
    expect(sizes(docOf(null, blocks(100)))).toEqual([24, 24, 24, 28]);
    expect(sizes(docOf(null, blocks(SECTION_MAX)))).toEqual([SECTION_MAX]);
  });

  it('keeps every section when a block is rebuilt, even a section’s first block', () => {
    const list = blocks(100);
    const before = docOf(null, list);
    const changed = [...list];
    changed[24] = p('rebuilt first block of the second section');
    const after = docOf(before, changed);
    expect(sizes(after)).toEqual(sizes(before));
    // The untouched sections are the very same nodes; only the changed one is new.
    expect([0, 1, 2, 3].map((i) => after.child(i) === before.child(i))).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it('puts inserted blocks in the section of the block before them, or the first section', () => {
    const list = blocks(100);
    const before = docOf(null, list);
    const inserted = [...list.slice(0, 24), p('new'), ...list.slice(24)];
    expect(sizes(docOf(before, inserted))).toEqual([25, 24, 24, 28]);
    const atStart = [p('new'), ...list];
    expect(sizes(docOf(before, atStart))).toEqual([25, 24, 24, 28]);
  });

  it('keeps the sections of the blocks after a deletion that spans sections', () => {
    const list = blocks(100);
    const before = docOf(null, list);
    const after = docOf(before, [...list.slice(0, 10), ...list.slice(30)]);
    expect(sizes(after)).toEqual([10, 18, 24, 28]);
    expect(after.child(2)).toBe(before.child(2));
  });

  it('leaves a section grown past SECTION_MAX to be split where positions map exactly', () => {
    const list = blocks(72);
    const before = docOf(null, list);
    expect(sizes(before)).toEqual([24, 48]);
    const grown = [...list.slice(0, 24), ...blocks(25, 'n'), ...list.slice(24)];
    const after = docOf(before, grown);
    expect(sizes(after)).toEqual([49, 48]);
    expect(after.child(1)).toBe(before.child(1));
  });

  it('keeps every other section when a block moves (deleted, then inserted elsewhere)', () => {
    const list = blocks(100);
    const before = docOf(null, list);
    const moved = [...list.slice(0, 5), ...list.slice(6), p('b5 moved')];
    const after = docOf(before, moved);
    expect(sizes(after)).toEqual([23, 24, 24, 29]);
    expect(after.child(1)).toBe(before.child(1));
    expect(after.child(2)).toBe(before.child(2));
  });

  it('holds every block once, in order, whatever the edits (seeded random)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let list = blocks(60);
    let doc = docOf(null, list);
    for (let round = 0; round < 300; round++) {
      const next = [...list];
      const at = Math.floor(random() * (next.length + 1));
      const count = Math.floor(random() * 30);
      if (random() < 0.5) next.splice(at, Math.min(count, next.length - 1 - at));
      else next.splice(at, 0, ...blocks(count, `r${round}-`));
      if (random() < 0.5 && next.length > 0) {
        next[Math.floor(random() * next.length)] = p(`edited ${round}`);
      }
      if (next.length === 0) next.push(p(''));
      doc = docOf(doc, next);
      list = next;
      expect(flat(doc)).toEqual(list);
      expect(flat(doc).every((block, i) => block === list[i])).toBe(true);
      doc.check();
    }
  });

  it('cuts only after a block ending in text, so no two gap carets meet at an edge', () => {
    const rule = () => schema.node('horizontalRule');
    const list = Array.from({ length: 100 }, (_, i) => (i >= 20 && i < 30 ? rule() : p(`b${i}`)));
    const doc = docOf(null, list);
    expect(sizes(doc)).toEqual([31, 24, 45]);
    doc.forEach((section, _offset, index) => {
      if (index < doc.childCount - 1) expect(section.lastChild!.type.name).toBe('paragraph');
    });
  });
});
