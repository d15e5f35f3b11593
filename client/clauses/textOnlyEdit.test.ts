import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { clause, doc, h, p, ref } from '../../shared/clauses/testDoc.ts';
import { textOnlyEdit } from './textOnlyEdit.ts';

// Positions: the heading "Escalation" holds 1–11, the clause "Chairs meet." 13–25.
const state = EditorState.create({
  doc: doc(h(2, 'Escalation', 'c_a'), clause('Chairs meet.', 'c_b'), p('Review')),
});

/** The text of the textblocks `edit` only typed in, or undefined for any other change. */
function typedIn(edit: (tr: Transaction) => void): string[] | undefined {
  const tr = state.tr;
  edit(tr);
  expect(tr.docChanged).toBe(true);
  return textOnlyEdit(tr)?.map((node) => node.textContent);
}

describe('textOnlyEdit', () => {
  it('gives the textblocks typed or deleted in', () => {
    expect(typedIn((tr) => tr.insertText('x', 24))).toEqual(['Chairs meet.']);
    expect(typedIn((tr) => tr.delete(14, 20).insertText('!', 3))).toEqual([
      'Chairs meet.',
      'Escalation',
    ]);
  });

  it('is undefined for splits, joins, new blocks, inline nodes and attribute changes', () => {
    const { schema } = state;
    expect(typedIn((tr) => tr.split(18))).toBeUndefined();
    expect(typedIn((tr) => tr.delete(10, 15))).toBeUndefined();
    expect(typedIn((tr) => tr.insert(12, schema.nodes.paragraph!.create()))).toBeUndefined();
    expect(typedIn((tr) => tr.insert(14, schema.nodeFromJSON(ref('c_a'))))).toBeUndefined();
    expect(typedIn((tr) => tr.setNodeAttribute(12, 'clauseId', null))).toBeUndefined();
  });
});
