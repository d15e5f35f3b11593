import type { Node as PMNode } from '@tiptap/pm/model';
import type { Mappable } from '@tiptap/pm/transform';
import { newId } from '../blocks/core/newId.ts';
import { isNumbered } from './numberClauses.ts';

/** A fresh clause id, made by the peer that creates the clause. */
export function newClauseId(): string {
  return newId('c');
}

/** An id to set on the node at `pos`. */
export interface ClauseIdFix {
  pos: number;
  id: string;
}

/**
 * Where each id lived before a change, mapped into the changed document: a position
 * inside the node that should keep the id if the change left two nodes holding it.
 * The old node's first character is followed, so splitting a clause at its start keeps
 * the id on the text (which moved down), and pasting a copy keeps it on the original.
 */
export function idKeepers(oldDoc: PMNode, mapping: Mappable): Map<string, number> {
  const keepers = new Map<string, number>();
  oldDoc.descendants((node, pos, parent) => {
    const id: unknown = node.attrs.clauseId;
    if (typeof id === 'string' && isNumbered(node, parent) && !keepers.has(id)) {
      const mapped = mapping.mapResult(pos + 1, 1);
      if (!mapped.deleted) keepers.set(id, mapped.pos);
    }
    return !node.isTextblock && !node.isAtom;
  });
  return keepers;
}

/**
 * The id changes that leave every heading and clause paragraph with an id of its own:
 * one without an id gets a fresh one, and where several hold the same id, the one that
 * contains `keeperOf(id)` (see `idKeepers`) keeps it, else the first; the others get
 * fresh ids. Everything else is left alone. `keeperOf` is only asked about duplicates.
 */
export function fixClauseIds(
  doc: PMNode,
  keeperOf: (id: string) => number | undefined = () => undefined,
  makeId: () => string = newClauseId,
): ClauseIdFix[] {
  const holders = new Map<string, { pos: number; end: number }[]>();
  const fixes: ClauseIdFix[] = [];
  doc.descendants((node, pos, parent) => {
    if (!isNumbered(node, parent)) return !node.isTextblock && !node.isAtom;
    const id: unknown = node.attrs.clauseId;
    if (typeof id !== 'string' || id === '') fixes.push({ pos, id: makeId() });
    else holders.set(id, [...(holders.get(id) ?? []), { pos, end: pos + node.nodeSize }]);
    return false;
  });
  for (const [id, nodes] of holders) {
    if (nodes.length < 2) continue;
    const hint = keeperOf(id);
    const keeper = hint === undefined ? undefined : nodes.find((n) => n.pos < hint && hint < n.end);
    const kept = keeper ?? nodes[0];
    for (const n of nodes) if (n !== kept) fixes.push({ pos: n.pos, id: makeId() });
  }
  return fixes.sort((a, b) => a.pos - b.pos);
}
