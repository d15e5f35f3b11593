import { Schema } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { patchDecorationLookup } from './patchDecorationLookup.ts';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    rule: { group: 'block' },
    text: {},
  },
});

describe('patchDecorationLookup', () => {
  it('gives each block the very decorations the original lookup gives', () => {
    const blocks = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 3
        ? schema.node('rule')
        : schema.node('paragraph', null, schema.text(`Clause ${i}`)),
    );
    const doc = schema.node('doc', null, blocks);
    const widgets: Decoration[] = [];
    doc.forEach((node, offset, index) => {
      // A clause number in most paragraphs; some blocks have none.
      if (node.type.name === 'paragraph' && index % 5 !== 0) {
        widgets.push(Decoration.widget(offset + 1, () => document.createElement('span')));
      }
    });
    const set = DecorationSet.create(doc, widgets);
    const original = DecorationSet.prototype.forChild;
    const before: DecorationSet[] = [];
    doc.forEach((node, offset) => before.push(original.call(set, offset, node) as DecorationSet));

    patchDecorationLookup();
    expect(DecorationSet.prototype.forChild).not.toBe(original);
    const after: DecorationSet[] = [];
    doc.forEach((node, offset) => after.push(set.forChild(offset, node) as DecorationSet));

    expect(after).toHaveLength(before.length);
    after.forEach((found, i) => expect(found).toBe(before[i]));
    expect(before.filter((found) => found !== DecorationSet.empty)).toHaveLength(widgets.length);
    // Offsets between blocks find nothing, as before.
    expect(set.forChild(1, doc.child(0))).toBe(original.call(set, 1, doc.child(0)));
  });
});
