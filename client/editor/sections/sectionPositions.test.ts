import type { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flattenSections.ts';
import { fromFlatPosition, toFlatPosition } from './sectionPositions.ts';
import { sectionedSchema } from './sectionedSchema.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, [schema.text(text)]);
const section = (...blocks: Node[]) => schema.node('section', null, blocks);
const doc = schema.node('doc', null, [
  section(p('Purpose'), p('Scope')),
  section(schema.node('heading', { level: 2 }, [schema.text('Leads')])),
  section(p('SAB'), p('HWB'), p('CSP')),
]);
const flat = flattenSections(doc);

/** Every position inside a textblock, with the text right after it. */
function textPositions(node: Node): Array<{ pos: number; after: string }> {
  const out: Array<{ pos: number; after: string }> = [];
  node.descendants((child, pos) => {
    if (!child.isTextblock) return true;
    for (let i = 0; i <= child.content.size; i++) {
      out.push({ pos: pos + 1 + i, after: child.textContent.slice(i) });
    }
    return false;
  });
  return out;
}

describe('section positions', () => {
  it('maps every text position to the same place in the flat document and back', () => {
    const positions = textPositions(doc);
    expect(positions.map(({ pos }) => toFlatPosition(doc, pos))).toEqual(
      textPositions(flat).map(({ pos }) => pos),
    );
    for (const { pos, after } of positions) {
      const there = toFlatPosition(doc, pos);
      const $flat = flat.resolve(there);
      expect($flat.parent.textContent.slice($flat.parentOffset)).toBe(after);
      expect(fromFlatPosition(doc, there)).toBe(pos);
    }
  });

  it('puts a position between blocks of two sections inside the later section', () => {
    const between = toFlatPosition(doc, doc.child(0).nodeSize);
    expect(between).toBe(doc.child(0).content.size);
    const back = doc.resolve(fromFlatPosition(doc, between));
    expect(back.depth).toBe(1);
    expect(back.index(0)).toBe(1);
    expect(back.parentOffset).toBe(0);
  });

  it('keeps the ends of the document inside its first and last sections', () => {
    expect(toFlatPosition(doc, 0)).toBe(0);
    expect(toFlatPosition(doc, doc.content.size)).toBe(flat.content.size);
    expect(fromFlatPosition(doc, 0)).toBe(1);
    expect(fromFlatPosition(doc, flat.content.size)).toBe(doc.content.size - 1);
  });
});
