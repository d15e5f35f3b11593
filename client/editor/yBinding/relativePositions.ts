import type { Node } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { fromFlatPosition, toFlatPosition } from '../sections/sectionPositions.ts';
import type { NodeMapping } from './alignNodeMapping.ts';

/** y-tiptap's sync plugin state (not in its type declarations). */
interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: NodeMapping } | null;
}

function syncState(state: EditorState): SyncState | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  return sync?.binding ? sync : null;
}

/**
 * A position in the editor as a Yjs relative position, which stays with the text around
 * it whatever others change. y-tiptap counts positions in the flat document the shared
 * model holds; the editor's are converted (see client/editor/sections/).
 */
export function toRelativePosition(state: EditorState, pos: number): Y.RelativePosition | null {
  const sync = syncState(state);
  if (!sync) return null;
  return absolutePositionToRelativePosition(
    toFlatPosition(state.doc, pos),
    sync.type,
    sync.binding!.mapping as never,
  );
}

/**
 * The selection's anchor and head as Yjs relative positions (one walk of the document for
 * a caret, where they are the same position).
 */
export function relativeSelection(
  state: EditorState,
): { anchor: Y.RelativePosition; head: Y.RelativePosition } | null {
  const { selection } = state;
  const anchor = toRelativePosition(state, selection.anchor);
  const head = selection.empty ? anchor : toRelativePosition(state, selection.head);
  return anchor && head ? { anchor, head } : null;
}

/** Where a Yjs relative position is in the editor now; null when its text is gone. */
export function fromRelativePosition(
  state: EditorState,
  position: Y.RelativePosition,
): number | null {
  const sync = syncState(state);
  return sync
    ? resolveRelativePosition(sync.doc, sync.type, sync.binding!.mapping, state.doc, position)
    : null;
}

/**
 * Where a Yjs relative position is in `pmDoc`, the editor's document that `mapping` maps
 * `type`'s Yjs types to; null when its text is gone.
 */
export function resolveRelativePosition(
  ydoc: Y.Doc,
  type: Y.XmlFragment,
  mapping: NodeMapping,
  pmDoc: Node,
  position: Y.RelativePosition,
): number | null {
  const flat = relativePositionToAbsolutePosition(ydoc, type, position, mapping as never);
  return flat === null ? null : fromFlatPosition(pmDoc, flat);
}
