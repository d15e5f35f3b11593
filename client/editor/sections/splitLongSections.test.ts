import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flattenSections.ts';
import { SECTION_MAX } from './groupSections.ts';
import { sectionedSchema } from './sectionedSchema.ts';
import { splitLongSections } from './splitLongSections.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, [schema.text(text)]);
const section = (count: number, name: string) =>
  schema.node(
    'section',
    null,
    Array.from({ length: count }, (_, i) => p(`${name}${i}`)),
  );

describe('splitLongSections', () => {
  it('halves each section longer than SECTION_MAX and keeps the very same blocks', () => {
    const doc = schema.node('doc', null, [
      section(SECTION_MAX + 2, 'a'),
      section(3, 'b'),
      section(SECTION_MAX + 1, 'c'),
    ]);
    const state = EditorState.create({ doc });
    const tr = state.tr;
    expect(splitLongSections(tr, state.doc)).toBe(true);
    const sizes: number[] = [];
    tr.doc.forEach((child) => sizes.push(child.childCount));
    expect(sizes).toEqual([25, 25, 3, 24, 25]);
    const before = flattenSections(doc);
    const after = flattenSections(tr.doc);
    expect(after.childCount).toBe(before.childCount);
    for (let i = 0; i < before.childCount; i++) expect(after.child(i)).toBe(before.child(i));
  });

  it('changes nothing when every section is short enough', () => {
    const doc = schema.node('doc', null, [section(SECTION_MAX, 'a')]);
    const tr = EditorState.create({ doc }).tr;
    expect(splitLongSections(tr, doc)).toBe(false);
    expect(tr.docChanged).toBe(false);
  });
});
