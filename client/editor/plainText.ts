import type { Fragment } from '@tiptap/pm/model';

/** Whether `content` holds only text nodes (no line breaks, references or other inline nodes). */
export function plainText(content: Fragment): boolean {
  for (let i = 0; i < content.childCount; i++) if (!content.child(i).isText) return false;
  return true;
}
