import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { blockNode } from './blocks/core/blockNode.ts';
import { blockDefinitions } from './blocks/registry.ts';
import { clauseSchemaExtensions } from './clauses/clauseSchema.ts';

/**
 * The editor extensions that define the document schema. Client and relay both build
 * from this list, so what the relay exports is exactly what the editor holds.
 * Block nodes are plain here; the client passes `makeBlockNode` to attach its views.
 * Undo/redo is left out: in a shared document it comes from the Yjs undo manager,
 * which only undoes this user's own changes. `topNode: false` leaves out the top node, for
 * an editor that brings its own (the client's groups blocks in sections).
 */
export function schemaExtensions(
  makeBlockNode: (type: string) => AnyExtension = blockNode,
  { topNode = true }: { topNode?: boolean } = {},
): AnyExtension[] {
  return [
    StarterKit.configure({
      // The editor's own top node brings its own trailing paragraph too.
      ...(topNode ? {} : { document: false, trailingNode: false }),
      undoRedo: false,
      link: { openOnClick: false, autolink: true },
    }),
    ...blockDefinitions.map((definition) => makeBlockNode(definition.type)),
    ...clauseSchemaExtensions(),
  ];
}

let cached: Schema | undefined;

/** The ProseMirror schema of a protocol document's body. */
export function protocolSchema(): Schema {
  cached ??= getSchema(schemaExtensions());
  return cached;
}
