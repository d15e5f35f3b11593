import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { sectionedSchema } from './sectionedSchema.ts';
import { trailingParagraph } from './trailingParagraph.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const h = (text: string) => schema.node('heading', { level: 2 }, [schema.text(text)]);
const section = (...blocks: ReturnType<typeof p>[]) => schema.node('section', null, blocks);

describe('trailingParagraph', () => {
  it('adds an empty paragraph to the last section when the document ends in another block', () => {
    const doc = schema.node('doc', null, [section(p('Purpose')), section(p('Scope'), h('Leads'))]);
    const tr = EditorState.create({ doc }).tr;
    expect(trailingParagraph(tr, doc)).toBe(true);
    expect(tr.doc.childCount).toBe(2);
    expect(tr.doc.lastChild!.childCount).toBe(3);
    expect(tr.doc.lastChild!.lastChild!.type.name).toBe('paragraph');
    expect(tr.doc.lastChild!.lastChild!.content.size).toBe(0);
  });

  it('leaves a document ending in a paragraph alone', () => {
    const doc = schema.node('doc', null, [section(h('Leads'), p(''))]);
    const tr = EditorState.create({ doc }).tr;
    expect(trailingParagraph(tr, doc)).toBe(false);
    expect(tr.docChanged).toBe(false);
  });
});
