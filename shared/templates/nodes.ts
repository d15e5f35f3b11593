import type { JsonNode } from './TemplateSpec.ts';

/** A heading of the given level. */
export const heading = (level: 1 | 2 | 3, text: string): JsonNode => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});

/** A paragraph of plain text (empty text gives an empty paragraph). */
export const paragraph = (text = ''): JsonNode =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };

/** A bulleted list, one paragraph per item. */
export const bullets = (items: string[]): JsonNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

/** A numbered list, one paragraph per item. */
export const numbered = (items: string[]): JsonNode => ({
  type: 'orderedList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

/** A numbered clause: a paragraph that numbers itself under its heading (2.1, 2.2…). */
export const clause = (text: string): JsonNode => ({
  type: 'paragraph',
  attrs: { clause: true },
  content: [{ type: 'text', text }],
});

/** A list lettered a), b), c)… */
export const lettered = (items: string[]): JsonNode => ({
  type: 'orderedList',
  attrs: { listStyle: 'lower-alpha' },
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

/** A bold, unnumbered label line (front matter such as "Version control"). */
export const label = (text: string): JsonNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: [{ type: 'bold' }] }],
});
