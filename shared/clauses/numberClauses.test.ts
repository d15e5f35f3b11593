import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { displayNumber, numberClauses } from './numberClauses.ts';
import { clause, doc, h, ol, p } from './testDoc.ts';

const numbers = (node: ReturnType<typeof doc>) =>
  numberClauses(node).clauses.map((c) => `${c.number} ${c.text}`);

describe('numberClauses', () => {
  it('numbers nested headings 1, 1.1, 1.1.1 by document order', () => {
    const body = doc(
      h(1, 'Statement'),
      h(2, 'Purpose'),
      h(3, 'Scope'),
      h(3, 'Limits'),
      h(2, 'Status'),
      h(1, 'Responsibilities'),
      h(2, 'Collective'),
    );
    expect(numbers(body)).toEqual([
      '1 Statement',
      '1.1 Purpose',
      '1.1.1 Scope',
      '1.1.2 Limits',
      '1.2 Status',
      '2 Responsibilities',
      '2.1 Collective',
    ]);
  });

  it('numbers clause paragraphs under the heading they follow; plain paragraphs are skipped', () => {
    const body = doc(
      h(1, 'Statement of commitment'),
      clause('This Protocol supports joint working.'),
      p('An unnumbered note.'),
      clause('The partner organisations are committed.'),
      h(1, 'Collective responsibilities'),
      clause('Boards will link up.'),
      h(2, 'Sub-section'),
      clause('Deeper clause.'),
    );
    expect(numbers(body)).toEqual([
      '1 Statement of commitment',
      '1.1 This Protocol supports joint working.',
      '1.2 The partner organisations are committed.',
      '2 Collective responsibilities',
      '2.1 Boards will link up.',
      '2.2 Sub-section',
      '2.2.1 Deeper clause.',
    ]);
  });

  it('numbers clauses before any heading 1, 2, 3 and continues the count at the first heading', () => {
    expect(numbers(doc(clause('a'), clause('b'), h(1, 'c'), clause('d')))).toEqual([
      '1 a',
      '2 b',
      '3 c',
      '3.1 d',
    ]);
  });

  it('counts a skipped level as 0, so numbers stay unique', () => {
    expect(numbers(doc(h(2, 'a'), h(1, 'b'), h(3, 'c')))).toEqual(['0.1 a', '1 b', '1.0.1 c']);
  });

  it('renumbers a clause when it moves', () => {
    const before = doc(
      h(1, 'One'),
      clause('first', 'c1'),
      clause('second', 'c2'),
      h(1, 'Two'),
      clause('third', 'c3'),
    );
    expect(numberClauses(before).byId.get('c2')).toBe('1.2');

    // Move "second" (c2) to the end of section Two, as a drag would: delete, then insert.
    const second = before.child(2);
    const from = before.child(0).nodeSize + before.child(1).nodeSize;
    const tr = new Transform(before).delete(from, from + second.nodeSize);
    tr.insert(tr.doc.content.size, second);
    const reordered = tr.doc;
    const after = numberClauses(reordered);
    expect(after.byId.get('c1')).toBe('1.1');
    expect(after.byId.get('c3')).toBe('2.1');
    expect(after.byId.get('c2')).toBe('2.2');
  });

  it('maps positions and ids to numbers, and does not number list items or text inside blocks', () => {
    const body = doc(h(1, 'One', 'h1'), ol('lower-alpha', ['x', 'y']), clause('z', 'c1'));
    const numbering = numberClauses(body);
    expect([...numbering.byPos.values()]).toEqual(['1', '1.1']);
    expect(numbering.byPos.get(0)).toBe('1');
    expect(body.nodeAt([...numbering.byPos.keys()][1]!)?.textContent).toBe('z');
    expect(numbering.byId).toEqual(
      new Map([
        ['h1', '1'],
        ['c1', '1.1'],
      ]),
    );
  });

  it('counts clause paragraphs nested in lists and quotes in document order', () => {
    const body = doc(h(1, 'One'), {
      type: 'blockquote',
      content: [clause('quoted clause')],
    });
    expect(numbers(body)).toEqual(['1 One', '1.1 quoted clause']);
  });

  it('shows top-level numbers with a full stop', () => {
    expect(displayNumber('1')).toBe('1.');
    expect(displayNumber('2.1')).toBe('2.1');
  });
});

describe('clauses inside lists', () => {
  it('are numbered by their list, not as clauses', () => {
    const lettered = ol('lower-alpha', ['Ensure safety', 'Identify the lead']);
    const items = lettered.content as { content: Record<string, unknown>[] }[];
    for (const item of items) item.content[0]!.attrs = { clause: true, clauseId: null };
    const body = doc(h(1, 'One'), clause('Boards will:'), lettered, clause('Next clause'));
    expect(numbers(body)).toEqual(['1 One', '1.1 Boards will:', '1.2 Next clause']);
  });
});
