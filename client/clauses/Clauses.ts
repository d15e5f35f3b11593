import { Extension, findParentNode, wrappingInputRule } from '@tiptap/core';
import { fixClauseIds } from '../../shared/clauses/clauseIds.ts';
import {
  setClause,
  toggleClause,
  unnumberClauseAtStart,
} from '../../shared/clauses/clauseCommands.ts';
import { clauseIdsPlugin } from './clauseIdsPlugin.ts';
import { clauseNumberingPlugin } from './clauseNumberingPlugin.ts';
import { clauseRefViewPlugin } from './clauseRefView.ts';
import './clauses.css';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauses: {
      /** Numbers the selected paragraphs as clauses, or stops numbering them. */
      toggleClause: () => ReturnType;
      setClause: (on: boolean) => ReturnType;
      /** Letters the current list a), b), c), or wraps the selection in a lettered list. */
      toggleLetteredList: () => ReturnType;
      /** Inserts a cross-reference to the clause with this id. */
      insertClauseRef: (targetId: string) => ReturnType;
      /** Names any heading or clause that has no id yet (before listing them to pick from). */
      ensureClauseIds: () => ReturnType;
    };
  }
}

/** Keys in Tiptap's notation; Mod-Alt-c is StarterKit's code block. */
export const CLAUSE_SHORTCUT = 'Mod-Alt-n';

const isOrderedList = (node: { type: { name: string } }) => node.type.name === 'orderedList';

/**
 * Clause numbering in the editor: numbers drawn before headings and clauses, cross-
 * references showing their target's number, fresh ids for new clauses, the commands
 * and Mod-Alt-n. Typing "a) " at the start of a paragraph starts a lettered list.
 * Enter in an empty clause, or Backspace at the start of one, removes its number first.
 */
export const Clauses = Extension.create({
  name: 'clauses',
  // Before the core keymap, so Enter and Backspace can unnumber a clause before splitting.
  priority: 150,
  addCommands() {
    return {
      toggleClause:
        () =>
        ({ state, dispatch }) =>
          toggleClause(state, dispatch),
      setClause:
        (on) =>
        ({ state, dispatch }) =>
          setClause(on)(state, dispatch),
      toggleLetteredList:
        () =>
        ({ state, tr, dispatch, commands }) => {
          const list = findParentNode(isOrderedList)(state.selection);
          if (!list) {
            return commands.toggleList('orderedList', 'listItem', false, {
              listStyle: 'lower-alpha',
            });
          }
          if (list.node.attrs.listStyle === 'lower-alpha') return commands.toggleOrderedList();
          if (dispatch) tr.setNodeAttribute(list.pos, 'listStyle', 'lower-alpha');
          return true;
        },
      insertClauseRef:
        (targetId) =>
        ({ commands }) =>
          commands.insertContent({ type: 'clauseRef', attrs: { targetId } }),
      ensureClauseIds:
        () =>
        ({ state, tr, dispatch }) => {
          const fixes = fixClauseIds(state.doc);
          if (dispatch) for (const fix of fixes) tr.setNodeAttribute(fix.pos, 'clauseId', fix.id);
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    const unnumber = (onlyIfEmpty: boolean) => () =>
      this.editor.commands.command(({ state, dispatch }) =>
        unnumberClauseAtStart(onlyIfEmpty)(state, dispatch),
      );
    return {
      [CLAUSE_SHORTCUT]: () => this.editor.commands.toggleClause(),
      Enter: unnumber(true),
      Backspace: unnumber(false),
    };
  },
  addInputRules() {
    const orderedList = this.editor.schema.nodes.orderedList;
    if (!orderedList) return [];
    return [
      wrappingInputRule({
        find: /^a\)\s$/,
        type: orderedList,
        getAttributes: { listStyle: 'lower-alpha' },
      }),
    ];
  },
  addProseMirrorPlugins() {
    return [clauseNumberingPlugin(), clauseIdsPlugin(), clauseRefViewPlugin()];
  },
});
