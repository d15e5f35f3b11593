import type { Node as PMNode } from '@tiptap/pm/model';
import type { Command } from '@tiptap/pm/state';
import { isNumbered } from './numberClauses.ts';

interface Textblock {
  node: PMNode;
  pos: number;
  parent: PMNode | null;
}

function textblocksInSelection(doc: PMNode, from: number, to: number): Textblock[] {
  const found: Textblock[] = [];
  doc.nodesBetween(from, to, (node, pos, parent) => {
    if (!node.isTextblock) return !node.isAtom;
    if (node.type.name === 'paragraph' || node.type.name === 'heading') {
      found.push({ node, pos, parent });
    }
    return false;
  });
  return found;
}

const inListItem = ({ parent }: Textblock) => parent?.type.name === 'listItem';

/**
 * Makes the paragraphs in the selection numbered clauses (`on`) or plain paragraphs.
 * A heading becomes a clause paragraph and keeps its id, so references to it still hold.
 * List items are numbered by their list, so they are left alone.
 */
export function setClause(on: boolean): Command {
  return (state, dispatch) => {
    const { from, to } = state.selection;
    const isClause = ({ node }: Textblock) => node.type.name === 'paragraph' && !!node.attrs.clause;
    const blocks = textblocksInSelection(state.doc, from, to).filter(
      (block) => !inListItem(block) && isClause(block) !== on,
    );
    if (blocks.length === 0) return false;
    if (dispatch) {
      const paragraph = state.schema.nodes.paragraph!;
      const tr = state.tr;
      for (const { node, pos } of blocks) {
        tr.setNodeMarkup(pos, paragraph, { clause: on, clauseId: node.attrs.clauseId ?? null });
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Turns clause numbering off when every selected paragraph is a clause, else on. */
export const toggleClause: Command = (state, dispatch, view) => {
  const { from, to } = state.selection;
  const blocks = textblocksInSelection(state.doc, from, to).filter((b) => !inListItem(b));
  const allClauses =
    blocks.length > 0 &&
    blocks.every(({ node }) => node.type.name === 'paragraph' && !!node.attrs.clause);
  return setClause(!allClauses)(state, dispatch, view);
};

/**
 * With the caret at the start of a clause (and, if `onlyIfEmpty`, the clause empty),
 * stops numbering it: Enter in an empty clause and Backspace at the start of one
 * remove the number first, as word processors do with numbered paragraphs.
 */
export function unnumberClauseAtStart(onlyIfEmpty: boolean): Command {
  return (state, dispatch, view) => {
    const { empty, $from } = state.selection;
    if (!empty || $from.parentOffset > 0) return false;
    if (!isNumbered($from.parent, $from.node(-1)) || $from.parent.type.name !== 'paragraph') {
      return false;
    }
    if (onlyIfEmpty && $from.parent.content.size > 0) return false;
    return setClause(false)(state, dispatch, view);
  };
}
