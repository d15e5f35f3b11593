import type { Node } from '@tiptap/pm/model';
import * as Y from 'yjs';

/** y-tiptap's map from each Yjs type to the ProseMirror node (or text nodes) showing it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- keyed by every kind of Yjs type
export type NodeMapping = Map<Y.AbstractType<any>, Node | Node[]>;

/**
 * Points `mapping` at the nodes `doc` really holds, below `fragment`.
 *
 * The binding finds what a local edit changed by identity: a Yjs type whose mapped node is
 * the very node in the document is unchanged and skipped. After a remote change it maps
 * every rebuilt type to the node it built, but a narrowed replace keeps equal nodes the
 * document already had (and ProseMirror copies the parents along the changed path), so
 * those entries pointed at nodes outside the document: the next keystroke then compared
 * the Yjs tree with the document node by node, text by text.
 *
 * Walks only where identity differs, so an unchanged block costs one comparison. Stops at
 * the first child that does not line up (a shape this binding does not produce), leaving
 * the rest as it was: stale entries are still equal copies, only slower to compare.
 */
export function alignNodeMapping(mapping: NodeMapping, fragment: Y.XmlFragment, doc: Node): void {
  alignChildren(mapping, fragment, doc);
}

function alignChildren(mapping: NodeMapping, parent: Y.XmlFragment, node: Node): boolean {
  let index = 0;
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      if (index >= node.childCount) return false;
      const shown = node.child(index++);
      if (shown.type.name !== child.nodeName) return false;
      if (mapping.get(child) === shown) continue;
      mapping.set(child, shown);
      if (!alignChildren(mapping, child, shown)) return false;
    } else if (child instanceof Y.XmlText) {
      const texts: Node[] = [];
      let length = 0;
      while (length < child.length && index < node.childCount && node.child(index).isText) {
        const text = node.child(index++);
        texts.push(text);
        length += text.nodeSize;
      }
      if (length !== child.length) return false;
      if (texts.length > 0) mapping.set(child, texts);
    } else {
      return false;
    }
  }
  return index === node.childCount;
}
