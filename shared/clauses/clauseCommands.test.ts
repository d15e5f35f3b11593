import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { setClause, toggleClause, unnumberClauseAtStart } from './clauseCommands.ts';
import { clause, doc, h, ol, p } from './testDoc.ts';

function stateAt(body: ReturnType<typeof doc>, from: number, to = from) {
  const state = EditorState.create({ doc: body });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

function run(command: typeof toggleClause, state: EditorState) {
  let next = state;
  const ran = command(state, (tr) => (next = state.apply(tr)));
  return { ran, doc: next.doc };
}

describe('clause commands', () => {
  it('toggles a paragraph into a numbered clause and back', () => {
    const state = stateAt(doc(h(1, 'One', 'h1'), p('text')), 7);
    const on = run(toggleClause, state);
    expect(on.ran).toBe(true);
    expect(on.doc.child(1).attrs).toMatchObject({ clause: true });
    const off = run(toggleClause, stateAt(on.doc, 7));
    expect(off.doc.child(1).attrs).toMatchObject({ clause: false });
  });

  it('turns every paragraph in a selection on when any is off', () => {
    const body = doc(clause('a', 'c1'), p('b'), p('c'));
    const { doc: after } = run(toggleClause, stateAt(body, 1, body.content.size - 1));
    expect([0, 1, 2].map((i) => after.child(i).attrs.clause)).toEqual([true, true, true]);
    expect(after.child(0).attrs.clauseId).toBe('c1');
  });

  it('turns a heading into a clause paragraph that keeps its id', () => {
    const { doc: after } = run(setClause(true), stateAt(doc(h(2, 'Scope', 'h9')), 2));
    expect(after.child(0).type.name).toBe('paragraph');
    expect(after.child(0).attrs).toMatchObject({ clause: true, clauseId: 'h9' });
    expect(after.child(0).textContent).toBe('Scope');
  });

  it('does not turn a heading off', () => {
    expect(run(setClause(false), stateAt(doc(h(1, 'One')), 2)).ran).toBe(false);
  });
});

describe('leaving a clause', () => {
  const body = doc(h(1, 'One', 'h1'), clause('text', 'c1'), clause('', 'c2'));
  const textStart = body.child(0).nodeSize + 1;
  const emptyStart = textStart + body.child(1).nodeSize;

  it('Enter in an empty clause stops numbering it', () => {
    const { ran, doc: after } = run(unnumberClauseAtStart(true), stateAt(body, emptyStart));
    expect(ran).toBe(true);
    expect(after.child(2).attrs).toMatchObject({ clause: false, clauseId: 'c2' });
    expect(run(unnumberClauseAtStart(true), stateAt(body, textStart)).ran).toBe(false);
  });

  it('Backspace at the start of a clause stops numbering it, elsewhere does nothing', () => {
    expect(run(unnumberClauseAtStart(false), stateAt(body, textStart)).doc.child(1).attrs).toEqual({
      clause: false,
      clauseId: 'c1',
    });
    expect(run(unnumberClauseAtStart(false), stateAt(body, textStart + 2)).ran).toBe(false);
    expect(run(unnumberClauseAtStart(false), stateAt(body, 1)).ran).toBe(false);
  });
});

describe('clauses and lists', () => {
  it('leaves list items alone: their list numbers them', () => {
    const body = doc(ol('lower-alpha', ['x', 'y']));
    expect(run(setClause(true), stateAt(body, 3)).ran).toBe(false);
  });
});
