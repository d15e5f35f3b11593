import type { Node as PMNode } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import type { Transaction } from '@tiptap/pm/state';
import { plainText } from '../editor/plainText.ts';

function onlyText(parent: PMNode, from: number, to: number): boolean {
  let text = true;
  parent.nodesBetween(from, to, (node) => {
    if (!node.isText) text = false;
    return false;
  });
  return text;
}

/**
 * The textblocks a transaction only typed or deleted text in, when that is all it did: every
 * step replaces text with text inside one textblock (no node inserted, removed, split or
 * changed). Undefined for any other change. Such an edit cannot change clause numbering.
 */
export function textOnlyEdit(tr: Transaction): PMNode[] | undefined {
  const touched: PMNode[] = [];
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i];
    const before = tr.docs[i];
    if (!(step instanceof ReplaceStep) || !before) return undefined;
    const { from, to, slice } = step as ReplaceStep & { from: number; to: number };
    if (slice.openStart !== 0 || slice.openEnd !== 0) return undefined;
    if (!plainText(slice.content)) return undefined;
    const $from = before.resolve(from);
    const $to = before.resolve(to);
    const parent = $from.parent;
    if (parent !== $to.parent || !parent.isTextblock) return undefined;
    if (!onlyText(parent, $from.parentOffset, $to.parentOffset)) return undefined;
    touched.push(parent);
  }
  return touched;
}
