import type { Node as PMNode } from '@tiptap/pm/model';
import type { ListStyle } from './clauseAttributes.ts';

/** `n` (from 1) in letters, as CSS `lower-alpha` counts: a … z, aa, ab … */
export function alphaNumber(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The marker of item `n` (from 1) of an ordered list: `3.` or `c)`. */
export function listMarker(style: ListStyle, n: number): string {
  return style === 'lower-alpha' ? `${alphaNumber(n)})` : `${n}.`;
}

/**
 * The marker of every item of every ordered list, by the item's position: what the
 * editor's CSS draws, for readers (exports, plain text) that need it as text.
 */
export function listItemMarkers(doc: PMNode): Map<number, string> {
  const markers = new Map<number, string>();
  doc.descendants((node, pos) => {
    if (node.type.name !== 'orderedList') return !node.isTextblock && !node.isAtom;
    const style: ListStyle = node.attrs.listStyle === 'lower-alpha' ? 'lower-alpha' : 'decimal';
    const start = Number(node.attrs.start) || 1;
    node.forEach((item, offset, index) => {
      markers.set(pos + 1 + offset, listMarker(style, start + index));
    });
    return true;
  });
  return markers;
}
