import type { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { blockNodePosition } from './blockNodePosition.ts';
import { flattenSections } from './flattenSections.ts';
import { sectionedSchema } from './sectionedSchema.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, [schema.text(text)]);
const block = (blockId: string) => schema.node('priorityMatrix', { blockId });
const section = (...blocks: Node[]) => schema.node('section', null, blocks);

describe('blockNodePosition', () => {
  const doc = schema.node('doc', null, [
    section(p('Purpose'), block('b-first')),
    section(p('Leads'), p('Reporting'), block('b-second')),
  ]);

  it('finds a block inside any section, at the position of its node', () => {
    for (const id of ['b-first', 'b-second']) {
      const pos = blockNodePosition(doc, id)!;
      expect(doc.nodeAt(pos)?.attrs['blockId']).toBe(id);
    }
  });

  it('finds a block in a flat document too', () => {
    const flat = flattenSections(doc);
    const pos = blockNodePosition(flat, 'b-second')!;
    expect(flat.nodeAt(pos)?.attrs['blockId']).toBe('b-second');
  });

  it('is undefined for a block the document does not hold', () => {
    expect(blockNodePosition(doc, 'b-gone')).toBeUndefined();
  });
});
