import { Extension } from '@tiptap/core';

/** The ordered-list styles: `decimal` renders 1. 2. 3., `lower-alpha` renders a) b) c). */
export const LIST_STYLES = ['decimal', 'lower-alpha'] as const;
export type ListStyle = (typeof LIST_STYLES)[number];

/** The node types that carry a stable `clauseId` (headings, and paragraphs marked `clause`). */
export const CLAUSE_ID_TYPES = ['heading', 'paragraph'];

function parseListStyle(element: HTMLElement): ListStyle {
  const style = element.getAttribute('data-list-style');
  if (style === 'lower-alpha' || element.getAttribute('type') === 'a') return 'lower-alpha';
  return /list-style-type:\s*lower-(alpha|latin)/.test(element.getAttribute('style') ?? '')
    ? 'lower-alpha'
    : 'decimal';
}

/**
 * Schema attributes for clause numbering, added to StarterKit's nodes:
 * `clauseId` (headings and paragraphs) names a clause so cross-references survive
 * renumbering; it is not kept on split, so the new half gets a fresh id.
 * `clause` (paragraphs) makes a paragraph a numbered clause. `listStyle` (ordered lists)
 * chooses numbers or letters.
 */
export const ClauseAttributes = Extension.create({
  name: 'clauseAttributes',
  addGlobalAttributes() {
    return [
      {
        types: CLAUSE_ID_TYPES,
        attributes: {
          clauseId: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-clause-id'),
            renderHTML: (attributes) =>
              attributes.clauseId ? { 'data-clause-id': attributes.clauseId as string } : {},
          },
        },
      },
      {
        types: ['paragraph'],
        attributes: {
          clause: {
            default: false,
            parseHTML: (element) => element.hasAttribute('data-clause'),
            renderHTML: (attributes) => (attributes.clause ? { 'data-clause': '' } : {}),
          },
        },
      },
      {
        types: ['orderedList'],
        attributes: {
          listStyle: {
            default: 'decimal',
            parseHTML: parseListStyle,
            renderHTML: (attributes) =>
              attributes.listStyle === 'lower-alpha' ? { 'data-list-style': 'lower-alpha' } : {},
          },
        },
      },
    ];
  },
});
