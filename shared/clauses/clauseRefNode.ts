import { mergeAttributes, Node } from '@tiptap/core';

/**
 * A cross-reference to a clause ("see 8.1"): an inline atom holding only the target's
 * `clauseId`. Its text is the target's current number, worked out when it is shown
 * (`resolveClauseRefs`), so it follows the clause when the clause is renumbered.
 */
export const ClauseRef = Node.create({
  name: 'clauseRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      targetId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-target-id'),
        renderHTML: (attributes) =>
          attributes.targetId ? { 'data-target-id': attributes.targetId as string } : {},
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-clause-ref]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      'span',
      mergeAttributes({ 'data-clause-ref': '', class: 'clause-ref' }, HTMLAttributes),
    ];
  },
});
