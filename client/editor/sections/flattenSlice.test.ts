import type { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { flattenSlice } from './flattenSections.ts';
import { sectionedSchema } from './sectionedSchema.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, [schema.text(text)]);
const section = (...blocks: Node[]) => schema.node('section', null, blocks);
const doc = schema.node('doc', null, [
  section(p('Purpose'), p('Scope')),
  section(p('Leads'), p('Review')),
]);

/** Position of the character `offset` into the paragraph with text `text`. */
function at(text: string, offset: number): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent === text) found = pos + 1 + offset;
    return found < 0;
  });
  return found;
}

describe('flattenSlice', () => {
  it('takes the sections out of a piece copied across a section’s edge', () => {
    const slice = doc.slice(at('Scope', 2), at('Leads', 3));
    expect(slice.openStart).toBe(2);
    const flat = flattenSlice(slice);
    expect(flat.openStart).toBe(1);
    expect(flat.openEnd).toBe(1);
    const texts: string[] = [];
    flat.content.forEach((block) => {
      expect(block.type.name).toBe('paragraph');
      texts.push(block.textContent);
    });
    expect(texts).toEqual(['ope', 'Lea']);
  });

  it('leaves a piece inside one section as it is', () => {
    const slice = doc.slice(at('Purpose', 1), at('Scope', 2));
    expect(flattenSlice(slice)).toBe(slice);
  });
});
