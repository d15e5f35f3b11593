import { joinBackward, joinForward } from '@tiptap/pm/commands';
import type { Node } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Command } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flattenSections.ts';
import { joinAtSectionEdge } from './joinAtSectionEdge.ts';
import { sectionedSchema } from './sectionedSchema.ts';

const schema = sectionedSchema();
const p = (text: string) => schema.node('paragraph', null, [schema.text(text)]);
const section = (...blocks: Node[]) => schema.node('section', null, blocks);
const doc = schema.node('doc', null, [
  section(p('Lead: SAB'), p('Reports to HWB')),
  section(p('annually'), p('Review date')),
]);

/** A state with the caret just before the first occurrence of `text`, or just after it. */
function caretAt(text: string, after = false): EditorState {
  let at = -1;
  doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text)) {
      at = pos + node.text!.indexOf(text) + (after ? text.length : 0);
    }
  });
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, at)));
}

/** The key as the editor handles it: the sections joined first, then the usual command. */
function press(state: EditorState, dir: -1 | 1, command: Command): EditorState {
  const join = joinAtSectionEdge(state, dir);
  let next = join ? state.apply(join) : state;
  command(next, (tr) => (next = next.apply(tr)));
  return next;
}

const paragraphs = (state: EditorState) => {
  const out: string[] = [];
  flattenSections(state.doc).forEach((block) => out.push(block.textContent));
  return out;
};

describe('joinAtSectionEdge', () => {
  it('lets Backspace at the start of a section join its paragraph to the one before', () => {
    const next = press(caretAt('annually'), -1, joinBackward);
    expect(paragraphs(next)).toEqual(['Lead: SAB', 'Reports to HWBannually', 'Review date']);
  });

  it('lets Delete at the end of a section join the next section’s paragraph to it', () => {
    const next = press(caretAt('HWB', true), 1, joinForward);
    expect(paragraphs(next)).toEqual(['Lead: SAB', 'Reports to HWBannually', 'Review date']);
  });

  it('joins the sections without changing a block', () => {
    const state = caretAt('annually');
    const join = joinAtSectionEdge(state, -1)!;
    expect(join.doc.childCount).toBe(1);
    expect(flattenSections(join.doc).content.eq(flattenSections(state.doc).content)).toBe(true);
  });

  it('leaves every other caret alone', () => {
    expect(joinAtSectionEdge(caretAt('Lead'), -1)).toBeNull(); // first section
    expect(joinAtSectionEdge(caretAt('Review'), -1)).toBeNull(); // not its first block
    expect(joinAtSectionEdge(caretAt('nually'), -1)).toBeNull(); // inside the text
    expect(joinAtSectionEdge(caretAt('date', true), 1)).toBeNull(); // last section
    expect(joinAtSectionEdge(caretAt('SAB', true), 1)).toBeNull(); // not its last block
  });
});
