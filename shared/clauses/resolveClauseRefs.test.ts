import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { brokenClauseRefs, clauseRefText, resolveClauseRefs } from './resolveClauseRefs.ts';
import { clause, doc, h, p, ref } from './testDoc.ts';

const body = doc(
  h(1, 'Reporting', 'h-rep'),
  clause('Reports go to each board.', 'c-rep'),
  h(1, 'Review', 'h-rev'),
  clause('Reviewed yearly.', 'c-rev'),
  p('For reporting see ', ref('c-rep'), '; for review see ', ref('c-rev'), '.'),
);

describe('resolveClauseRefs', () => {
  it('gives each cross-reference its target’s current number', () => {
    expect(resolveClauseRefs(body).map((r) => [r.targetId, r.number])).toEqual([
      ['c-rep', '1.1'],
      ['c-rev', '2.1'],
    ]);
  });

  it('follows the target when it is renumbered', () => {
    // Insert a new section before everything: every number moves up by one.
    const tr = new Transform(body).insert(0, doc(h(1, 'Definitions', 'h-def')).child(0));
    expect(resolveClauseRefs(tr.doc).map((r) => r.number)).toEqual(['2.1', '3.1']);
    // Delete the "Reporting" heading: its clause now sits under nothing new.
    const headingSize = tr.doc.child(1).nodeSize;
    const start = tr.doc.child(0).nodeSize;
    tr.delete(start, start + headingSize);
    expect(resolveClauseRefs(tr.doc).map((r) => r.number)).toEqual(['1.1', '2.1']);
  });

  it('reports references whose clause is gone, or is no longer a clause', () => {
    const tr = new Transform(body);
    const reviewClause = body.child(0).nodeSize + body.child(1).nodeSize + body.child(2).nodeSize;
    tr.setNodeMarkup(reviewClause, undefined, { clause: false, clauseId: 'c-rev' });
    const broken = brokenClauseRefs(tr.doc);
    expect(broken.map((r) => r.targetId)).toEqual(['c-rev']);
    expect(clauseRefText(broken[0]!.number)).toBe('[missing clause]');
    expect(clauseRefText('8.1')).toBe('8.1');
    expect(brokenClauseRefs(body)).toEqual([]);
  });

  it('can refer to headings as well as clauses', () => {
    const withHeadingRef = doc(h(1, 'A', 'a'), h(2, 'B', 'b'), p('see ', ref('b')));
    expect(resolveClauseRefs(withHeadingRef)[0]).toMatchObject({ targetId: 'b', number: '1.1' });
  });
});
