import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../../../shared/schema.ts';
import { undoneChangeEnd } from './caretToUndoneChange.ts';
import { replaceDocContent } from './replaceDocContent.ts';

const schema = protocolSchema();
const p = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const doc = (...children: PMNode[]) => schema.node('doc', null, children);

/** The end of what an undo changed, the binding turning `from` into `to` its own way. */
function endOfUndo(from: PMNode, to: PMNode): number | undefined {
  const tr = new Transform(from);
  expect(replaceDocContent(tr, to.content)).toBe(true);
  expect(tr.doc.eq(to)).toBe(true);
  return undoneChangeEnd(tr);
}

describe('where the caret goes after an undo or redo', () => {
  const [c1, c2, c3] = [p('Clause 1.'), p('Clause 2.'), p('Clause 3.')];
  const before = doc(c1, c2, c3);
  /** "Clause 2." starts at 12: after the first paragraph (11) and its own opening. */
  const endOfClause2 = 12 + 'Clause 2.'.length;

  it('is where typed text was removed, or just after text put back', () => {
    const typed = doc(c1, p('Clause 2. Agreed.'), c3);
    expect(endOfUndo(typed, before)).toBe(endOfClause2);
    // The put-back text ends in "." as the clause did: the caret still goes after it all.
    expect(endOfUndo(before, typed)).toBe(endOfClause2 + ' Agreed.'.length);
  });

  it('is after a paragraph put back whole, and at the join where one was removed', () => {
    const fewer = doc(c1, c3);
    expect(endOfUndo(fewer, before)).toBe(endOfClause2 + 1);
    expect(endOfUndo(before, fewer)).toBe(11);
  });

  it('is the last of several changes, and undefined when nothing changed', () => {
    const tr = new Transform(before);
    tr.insert(12 + 'Clause 2.'.length, schema.text(' Agreed.'));
    tr.delete(1, 1 + 'Clause '.length);
    expect(tr.doc.textContent).toBe('1.Clause 2. Agreed.Clause 3.');
    expect(undoneChangeEnd(tr)).toBe(endOfClause2 + ' Agreed.'.length - 'Clause '.length);
    expect(undoneChangeEnd(new Transform(before))).toBe(undefined);
  });
});
