import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../../shared/schema.ts';
import { characterRange } from './TypedText.ts';

const schema = protocolSchema();

function caretIn(text: string, offset: number): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text(text)])]);
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, 1 + offset)));
}

describe('characterRange', () => {
  it('takes one letter before or after the caret', () => {
    const state = caretIn('Lead', 2);
    expect(characterRange(state, -1)).toEqual({ from: 2, to: 3 });
    expect(characterRange(state, 1)).toEqual({ from: 3, to: 4 });
  });

  it('takes a whole emoji or accented letter, not half of it', () => {
    const family = '👩‍👧';
    const state = caretIn(`Chair ${family}`, 6 + family.length);
    expect(characterRange(state, -1)).toEqual({ from: 7, to: 7 + family.length });
    const accented = caretIn('Cafe\u0301', 5);
    expect(characterRange(accented, -1)).toEqual({ from: 4, to: 6 });
  });

  it('leaves a block’s edges to the editor (joining paragraphs)', () => {
    expect(characterRange(caretIn('Lead', 0), -1)).toBeNull();
    expect(characterRange(caretIn('Lead', 4), 1)).toBeNull();
  });
});
