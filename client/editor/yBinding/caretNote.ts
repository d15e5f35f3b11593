import type { Node } from '@tiptap/pm/model';
import {
  AllSelection,
  NodeSelection,
  TextSelection,
  type EditorState,
  type Selection,
} from '@tiptap/pm/state';
import type * as Y from 'yjs';
import type { NodeMapping } from './alignNodeMapping.ts';
import { relativeSelection, resolveRelativePosition } from './relativePositions.ts';

/** This person's selection as Yjs positions, noted before a change from elsewhere. */
export interface CaretNote {
  kind: 'text' | 'node' | 'all';
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

/**
 * Notes the selection as Yjs relative positions, which stay with the text around them
 * whatever a change from elsewhere does to the blocks (rebuilds them, regroups the
 * editor's sections, replaces a paragraph's inline content). Positions are taken at the
 * left of the caret: text inserted right at it goes after it, so two people typing at
 * one place each keep their own letters together.
 */
export function noteCaret(state: EditorState): CaretNote | null {
  const { selection } = state;
  const positions = relativeSelection(state);
  if (!positions) return null;
  const kind =
    selection instanceof AllSelection
      ? 'all'
      : selection instanceof NodeSelection
        ? 'node'
        : 'text';
  return { kind, ...positions };
}

/** The noted selection in the changed document `doc`; null when its text is gone. */
export function caretFromNote(
  note: CaretNote,
  ydoc: Y.Doc,
  type: Y.XmlFragment,
  mapping: NodeMapping,
  doc: Node,
): Selection | null {
  if (note.kind === 'all') return new AllSelection(doc);
  const anchor = resolveRelativePosition(ydoc, type, mapping, doc, note.anchor);
  const head =
    note.head === note.anchor
      ? anchor
      : resolveRelativePosition(ydoc, type, mapping, doc, note.head);
  if (anchor === null || head === null) return null;
  const max = doc.content.size;
  const $anchor = doc.resolve(Math.min(anchor, max));
  if (note.kind === 'node' && $anchor.nodeAfter && NodeSelection.isSelectable($anchor.nodeAfter)) {
    return NodeSelection.create(doc, $anchor.pos);
  }
  return TextSelection.between($anchor, doc.resolve(Math.min(head, max)));
}
