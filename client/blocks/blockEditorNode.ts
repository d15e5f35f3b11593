import { ReactNodeViewRenderer } from '@tiptap/react';
import { blockNode } from '../../shared/blocks/core/blockNode.ts';
import { BlockNodeView } from './BlockNodeView.tsx';

/** A block's editor node with its React view attached. */
export function blockEditorNode(type: string) {
  return blockNode(type).extend({
    addNodeView() {
      return ReactNodeViewRenderer(BlockNodeView);
    },
  });
}
