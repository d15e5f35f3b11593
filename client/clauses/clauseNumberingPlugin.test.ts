import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { clause, doc, h, p, ref } from '../../shared/clauses/testDoc.ts';
import { clauseNumberingKey, clauseNumberingPlugin } from './clauseNumberingPlugin.ts';

/** Every decoration as plain data: where it is and what it says. */
function drawn(state: EditorState) {
  return clauseNumberingKey
    .getState(state)!
    .decorations.find()
    .map((d) => ({ from: d.from, to: d.to, spec: JSON.stringify(d.spec) }))
    .sort((a, b) => a.from - b.from || a.spec.localeCompare(b.spec));
}

function start() {
  return EditorState.create({
    doc: doc(
      h(1, 'Purpose', 'c-purpose'),
      clause('Boards share their plans.', 'c-share'),
      clause('Chairs meet yearly.', 'c-meet'),
      p('As set out in ', ref('c-share'), '.'),
    ),
    plugins: [clauseNumberingPlugin()],
  });
}

/** What a fresh build gives for the state's document. */
const rebuilt = (state: EditorState) =>
  drawn(EditorState.create({ doc: state.doc, plugins: [clauseNumberingPlugin()] }));

/** Types `text` at the end of the textblock holding `needle`. */
function typeAfter(state: EditorState, needle: string, text: string): EditorState {
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent.includes(needle)) at = pos + node.nodeSize - 1;
  });
  const tr = state.tr.setSelection(TextSelection.create(state.doc, at)).insertText(text);
  return state.apply(tr);
}

describe('clause numbering while typing', () => {
  it('moves the numbers with typed text, drawing exactly what a renumbering would', () => {
    let state = start();
    state = typeAfter(state, 'Purpose', ' and scope');
    state = typeAfter(state, 'Chairs meet', ' in June');
    expect(drawn(state)).toEqual(rebuilt(state));
  });

  it('renumbers when the text of a cited clause changes, so the reference shows it', () => {
    const state = typeAfter(start(), 'Boards share', ' each spring');
    expect(drawn(state)).toEqual(rebuilt(state));
    expect(drawn(state).some((d) => d.spec.includes('each spring'))).toBe(true);
  });

  it('renumbers when a clause is added', () => {
    let state = start();
    const end = state.doc.child(0).nodeSize;
    const added = state.schema.nodes.paragraph!.create(
      { clause: true },
      state.schema.text('Reports go to every board.'),
    );
    state = state.apply(state.tr.insert(end, added));
    expect(drawn(state)).toEqual(rebuilt(state));
    expect(drawn(state).some((d) => d.spec.includes('"clauseRefNumber":"1.2"'))).toBe(true);
  });
});
