import type { Node as PMNode } from '@tiptap/pm/model';

/** One numbered heading or clause paragraph. */
export interface NumberedClause {
  /** Position of the node in the document. */
  pos: number;
  /** Its `clauseId`, or null until one is assigned. */
  id: string | null;
  /** Its number without punctuation: `2`, `2.1`, `2.1.3`. */
  number: string;
  kind: 'heading' | 'clause';
  /** Heading level; for a clause, one deeper than the heading it sits under. */
  depth: number;
  text: string;
}

/** The numbering of a document: in document order, by position and by clause id. */
export interface ClauseNumbering {
  clauses: NumberedClause[];
  byPos: Map<number, string>;
  byId: Map<string, string>;
}

/**
 * True for the nodes that are numbered: headings, and paragraphs marked `clause` that
 * are not list items' text (a list numbers its own items, a) b) c)).
 */
export function isNumbered(node: PMNode, parent: PMNode | null): boolean {
  if (node.type.name === 'heading') return true;
  return node.type.name === 'paragraph' && !!node.attrs.clause && parent?.type.name !== 'listItem';
}

/**
 * Numbers headings and clause paragraphs by document order. A heading of level n takes
 * the next number at depth n (1, 1.1, 1.1.1); a clause takes the next number one level
 * below the heading it follows (after "2": 2.1, 2.2; before any heading: 1, 2). Clauses
 * and sub-headings under one heading share a counter, so no two share a number. A level
 * skipped (an H2 before any H1) counts as 0, as in word processors.
 */
export function numberClauses(doc: PMNode): ClauseNumbering {
  const counters: number[] = [];
  let headingDepth = 0;
  const numbering: ClauseNumbering = { clauses: [], byPos: new Map(), byId: new Map() };
  const next = (depth: number) => {
    while (counters.length < depth) counters.push(0);
    counters.length = depth;
    counters[depth - 1]! += 1;
    return counters.join('.');
  };

  doc.descendants((node, pos, parent) => {
    if (!isNumbered(node, parent)) return !node.isTextblock && !node.isAtom;
    const isHeading = node.type.name === 'heading';
    const depth = isHeading ? Math.max(1, Number(node.attrs.level) || 1) : headingDepth + 1;
    if (isHeading) headingDepth = depth;
    const number = next(depth);
    const id = typeof node.attrs.clauseId === 'string' ? node.attrs.clauseId : null;
    numbering.clauses.push({
      pos,
      id,
      number,
      kind: isHeading ? 'heading' : 'clause',
      depth,
      text: node.textContent,
    });
    numbering.byPos.set(pos, number);
    if (id !== null && !numbering.byId.has(id)) numbering.byId.set(id, number);
    return false;
  });
  return numbering;
}

/** A number as it is shown before its clause: `1.` for a top-level one, else `1.1`. */
export function displayNumber(number: string): string {
  return number.includes('.') ? number : `${number}.`;
}
