import type { Node } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flattenSections.ts';
import { joinClosedEdges } from './joinClosedEdges.ts';
import { sectionedSchema } from './sectionedSchema.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, [schema.text(text)]);
const rule = () => schema.node('horizontalRule');
const section = (...blocks: Node[]) => schema.node('section', null, blocks);
const sizes = (doc: Node) => {
  const out: number[] = [];
  doc.forEach((child) => out.push(child.childCount));
  return out;
};

describe('joinClosedEdges', () => {
  it('joins a section that ends in a rule to the next, and keeps the very same blocks', () => {
    const doc = schema.node('doc', null, [
      section(p('Purpose'), rule()),
      section(rule(), p('Scope')),
      section(p('Leads')),
      section(p('Review'), rule()),
    ]);
    const tr = EditorState.create({ doc }).tr;
    expect(joinClosedEdges(tr, doc)).toBe(true);
    // The last section may end in anything: the trailing paragraph follows it.
    expect(sizes(tr.doc)).toEqual([4, 1, 2]);
    const before = flattenSections(doc);
    const after = flattenSections(tr.doc);
    for (let i = 0; i < before.childCount; i++) expect(after.child(i)).toBe(before.child(i));
  });

  it('changes nothing when every section but the last ends in text', () => {
    const doc = schema.node('doc', null, [section(rule(), p('Purpose')), section(rule())]);
    const tr = EditorState.create({ doc }).tr;
    expect(joinClosedEdges(tr, doc)).toBe(false);
    expect(tr.docChanged).toBe(false);
  });
});
