import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../schema.ts';
import { changesTextOnly } from './changesTextOnly.ts';
import { clause, doc, h, p } from './testDoc.ts';

const schema = protocolSchema();

/** Whether every step `edit` makes to `start` changes text only. */
function textOnly(start: PMNode, edit: (tr: Transform) => void): boolean {
  const tr = new Transform(start);
  edit(tr);
  expect(tr.steps.length).toBeGreaterThan(0);
  return tr.steps.every((step, i) => changesTextOnly(step, tr.docs[i]!));
}

// Positions: the heading "Escalation" holds 1–11, the clause "Chairs meet." 13–25.
const start = doc(h(2, 'Escalation', 'c_a'), clause('Chairs meet.', 'c_b'), p('Review'));

describe('changesTextOnly', () => {
  it('holds for typing, deleting and formatting inside one paragraph', () => {
    expect(textOnly(start, (tr) => tr.insert(24, schema.text('x')))).toBe(true);
    expect(textOnly(start, (tr) => tr.delete(14, 20))).toBe(true);
    expect(textOnly(start, (tr) => tr.addMark(14, 20, schema.marks.bold!.create()))).toBe(true);
    expect(textOnly(start, (tr) => tr.insert(14, schema.node('hardBreak')))).toBe(true);
  });

  it('fails for splitting a clause, joining blocks, new blocks and attribute changes', () => {
    expect(textOnly(start, (tr) => tr.split(18))).toBe(false);
    expect(textOnly(start, (tr) => tr.delete(10, 15))).toBe(false);
    expect(textOnly(start, (tr) => tr.insert(12, schema.node('paragraph')))).toBe(false);
    expect(textOnly(start, (tr) => tr.setNodeAttribute(12, 'clauseId', null))).toBe(false);
    expect(
      textOnly(start, (tr) => tr.setBlockType(13, 25, schema.nodes.heading!, { level: 3 })),
    ).toBe(false);
  });
});
