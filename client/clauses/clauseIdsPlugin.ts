import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { fixClauseIds, idKeepers } from '../../shared/clauses/clauseIds.ts';
import { textOnlyEdit } from './textOnlyEdit.ts';

const isRemote = (tr: Transaction) => tr.getMeta(ySyncPluginKey) !== undefined;
const typedOnly = (tr: Transaction) => textOnlyEdit(tr) !== undefined;

/**
 * Gives every heading and clause paragraph an id of its own after this person's edits:
 * a fresh id where one is missing (a new clause) or duplicated (a split or a paste).
 * Changes that arrive from other peers are left alone, so two peers never race to name
 * the same clause; the peer that made the change names it. Typing inside a paragraph
 * cannot add or copy a clause, so keystrokes skip the walk over the whole document.
 */
export function clauseIdsPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('clauseIds'),
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged) || transactions.some(isRemote)) return null;
      if (transactions.every(typedOnly)) return null;
      let keepers: Map<string, number> | undefined;
      const keeperOf = (id: string) => {
        if (!keepers) {
          const mapping = new Mapping();
          for (const tr of transactions) mapping.appendMapping(tr.mapping);
          keepers = idKeepers(oldState.doc, mapping);
        }
        return keepers.get(id);
      };
      const fixes = fixClauseIds(newState.doc, keeperOf);
      if (fixes.length === 0) return null;
      const tr = newState.tr;
      for (const fix of fixes) tr.setNodeAttribute(fix.pos, 'clauseId', fix.id);
      return tr;
    },
  });
}
