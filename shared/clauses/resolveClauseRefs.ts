import type { Node as PMNode } from '@tiptap/pm/model';
import { numberClauses, type ClauseNumbering } from './numberClauses.ts';

/** Shown in place of a cross-reference whose clause is gone. */
export const MISSING_CLAUSE_TEXT = '[missing clause]';

/** One cross-reference and what it points at now. */
export interface ResolvedClauseRef {
  pos: number;
  targetId: string | null;
  /** The target's current number, or null when no numbered clause has that id. */
  number: string | null;
}

/** The text a cross-reference shows: its target's number, or `[missing clause]`. */
export function clauseRefText(number: string | null): string {
  return number ?? MISSING_CLAUSE_TEXT;
}

/** Every `clauseRef` in the document, in order, with its target's current number. */
export function resolveClauseRefs(
  doc: PMNode,
  numbering: ClauseNumbering = numberClauses(doc),
): ResolvedClauseRef[] {
  const refs: ResolvedClauseRef[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'clauseRef') return !node.isAtom;
    const targetId = typeof node.attrs.targetId === 'string' ? node.attrs.targetId : null;
    refs.push({ pos, targetId, number: targetId ? (numbering.byId.get(targetId) ?? null) : null });
    return false;
  });
  return refs;
}

/** Cross-references whose target is no longer a numbered clause (for validation). */
export function brokenClauseRefs(doc: PMNode): ResolvedClauseRef[] {
  return resolveClauseRefs(doc).filter((ref) => ref.number === null);
}
