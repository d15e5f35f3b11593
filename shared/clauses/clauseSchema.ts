import type { AnyExtension } from '@tiptap/core';
import { ClauseAttributes } from './clauseAttributes.ts';
import { ClauseRef } from './clauseRefNode.ts';

/** What clause numbering adds to the shared schema: attributes and the `clauseRef` node. */
export function clauseSchemaExtensions(): AnyExtension[] {
  return [ClauseAttributes, ClauseRef];
}
