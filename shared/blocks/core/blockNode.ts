import { Node } from '@tiptap/core';

/**
 * The editor node of a structured block: an atom that only holds the block's id.
 * Its data lives in the document's `blocks` map; the client attaches a React view.
 */
export function blockNode(type: string) {
  return Node.create({
    name: type,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    isolating: true,
    addAttributes() {
      return {
        blockId: {
          default: null,
          parseHTML: (element: HTMLElement) => element.getAttribute('data-block-id'),
          renderHTML: (attributes: { blockId?: string | null }) =>
            attributes.blockId ? { 'data-block-id': attributes.blockId } : {},
        },
      };
    },
    parseHTML() {
      return [{ tag: `div[data-block="${type}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', { ...HTMLAttributes, 'data-block': type }];
    },
  });
}
