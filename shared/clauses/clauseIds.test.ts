import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { fixClauseIds, idKeepers, newClauseId } from './clauseIds.ts';
import { clause, doc, h, p } from './testDoc.ts';

function counter() {
  let n = 0;
  return () => `new${++n}`;
}

/** The ids of the numbered nodes after applying the fixes, as `text=id`. */
function applied(node: PMNode, fixes: { pos: number; id: string }[]): string[] {
  const tr = new Transform(node);
  for (const fix of fixes) tr.setNodeAttribute(fix.pos, 'clauseId', fix.id);
  const out: string[] = [];
  tr.doc.forEach((child) => {
    if (child.attrs.clauseId !== undefined && (child.type.name === 'heading' || child.attrs.clause))
      out.push(`${child.textContent}=${String(child.attrs.clauseId)}`);
  });
  return out;
}

describe('clause ids', () => {
  it('makes short prefixed random ids', () => {
    expect(newClauseId()).toMatch(/^c_[a-z2-9]{10}$/);
    expect(newClauseId()).not.toBe(newClauseId());
  });

  it('gives an id to headings and clauses that lack one, and leaves the rest untouched', () => {
    const body = doc(h(1, 'One', 'h1'), clause('a'), p('plain'), h(2, 'Two'), clause('b', 'c2'));
    const fixes = fixClauseIds(body, undefined, counter());
    expect(applied(body, fixes)).toEqual(['One=h1', 'a=new1', 'Two=new2', 'b=c2']);
    expect(fixes).toHaveLength(2);
  });

  it('returns no fixes when every id is present and unique', () => {
    expect(fixClauseIds(doc(h(1, 'One', 'h1'), clause('a', 'c1')))).toEqual([]);
  });

  it('gives a fresh id to a later duplicate (a paste) and keeps the first', () => {
    const body = doc(h(1, 'One', 'h1'), clause('a', 'c1'), clause('a copy', 'c1'));
    expect(applied(body, fixClauseIds(body, undefined, counter()))).toEqual([
      'One=h1',
      'a=c1',
      'a copy=new1',
    ]);
  });

  it('keeps the id on the original when a copy is pasted before it', () => {
    const before = doc(h(1, 'One', 'h1'), clause('text', 'c1'));
    const copy = before.child(1);
    const tr = new Transform(before).insert(before.child(0).nodeSize, copy);
    const keepers = idKeepers(before, tr.mapping);
    const keeperOf = (id: string) => keepers.get(id);
    expect(applied(tr.doc, fixClauseIds(tr.doc, keeperOf, counter()))).toEqual([
      'One=h1',
      'text=new1',
      'text=c1',
    ]);
    // The copy is the first node: without the hint it would have kept the id.
    expect(tr.doc.child(1).attrs.clauseId).toBe('c1');
  });

  it('keeps the id with the text when a clause is split at its start (a new clause above)', () => {
    const before = doc(h(1, 'One', 'h1'), clause('Referenced text', 'c1'));
    const start = before.child(0).nodeSize + 1;
    // A split that copies every attribute, as Enter at the start of a paragraph does.
    const tr = new Transform(before).split(start);
    const keepers = idKeepers(before, tr.mapping);
    const keeperOf = (id: string) => keepers.get(id);
    expect(applied(tr.doc, fixClauseIds(tr.doc, keeperOf, counter()))).toEqual([
      'One=h1',
      '=new1',
      'Referenced text=c1',
    ]);
  });

  it('keeps the id on the first half when a clause is split in the middle', () => {
    const before = doc(h(1, 'One', 'h1'), clause('Firstsecond', 'c1'));
    const tr = new Transform(before).split(before.child(0).nodeSize + 1 + 'First'.length);
    const keepers = idKeepers(before, tr.mapping);
    const keeperOf = (id: string) => keepers.get(id);
    expect(applied(tr.doc, fixClauseIds(tr.doc, keeperOf, counter()))).toEqual([
      'One=h1',
      'First=c1',
      'second=new1',
    ]);
  });

  it('leaves a moved clause its id', () => {
    const before = doc(h(1, 'One', 'h1'), clause('moving', 'c1'), h(1, 'Two', 'h2'));
    const node = before.child(1);
    const from = before.child(0).nodeSize;
    const tr = new Transform(before).delete(from, from + node.nodeSize);
    tr.insert(tr.doc.content.size, node);
    const keepers = idKeepers(before, tr.mapping);
    expect(fixClauseIds(tr.doc, (id) => keepers.get(id))).toEqual([]);
  });
});
