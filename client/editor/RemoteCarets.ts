import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CaretUser } from './caretRender.ts';
import { fromYjs } from './yBinding/syncMeta.ts';
import { fromRelativePosition, relativeSelection } from './yBinding/relativePositions.ts';

/** The awareness field carets travel in (y-prosemirror's, so other clients read it). */
const CURSOR = 'cursor';

interface RemoteCaretsOptions {
  awareness: Awareness | null;
  user: CaretUser;
  render: (user: Record<string, unknown>) => HTMLElement;
  selectionRender: (user: Record<string, unknown>) => { style: string; class: string };
  /** Wraps the plugin (the caret is published after the key's paint, see deferViewUpdates). */
  wrapPlugin: (plugin: Plugin) => Plugin;
}

export interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    remoteCarets: {
      /** Publishes this person's name, organisation and colour with their caret. */
      updateUser: (user: CaretUser) => ReturnType;
    };
  }
}

const key = new PluginKey<DecorationSet>('remoteCarets');
const AWARENESS_CHANGED = 'awarenessChanged';

/**
 * Everyone else's caret and selection, drawn in their colour with their name, and this
 * person's caret published for them: the awareness protocol y-prosemirror's cursor plugin
 * speaks (a `cursor` field of Yjs relative positions, a `user` field), so any client of it
 * shows and is shown the same carets. Positions go through the editor's sections
 * (relativePositions), which y-prosemirror's plugin does not know about.
 *
 * Carets are redrawn when someone else's awareness changes or the document changes from
 * Yjs; this person's own caret moving (every key) redraws nothing.
 */
export const RemoteCarets = Extension.create<RemoteCaretsOptions>({
  name: 'remoteCarets',
  addOptions() {
    return {
      awareness: null,
      user: { name: '', organisation: '', color: '#1d4ed8' },
      render: () => document.createElement('span'),
      selectionRender: () => ({ style: '', class: '' }),
      wrapPlugin: (plugin) => plugin,
    };
  },
  addCommands() {
    return {
      updateUser: (user) => () => {
        this.options.awareness?.setLocalStateField('user', user);
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    const { awareness, user, render, selectionRender, wrapPlugin } = this.options;
    if (!awareness) throw new Error('RemoteCarets needs an awareness');
    const draw = (state: EditorState) =>
      caretDecorations(state, awareness, render, selectionRender);
    return [
      wrapPlugin(
        new Plugin<DecorationSet>({
          key,
          state: {
            init: (_config, state) => draw(state),
            apply(tr, value, _old, next) {
              if (tr.getMeta(AWARENESS_CHANGED) || fromYjs(tr)) return draw(next);
              return tr.docChanged ? value.map(tr.mapping, tr.doc) : value;
            },
          },
          props: {
            decorations: (state) => key.getState(state),
          },
          view(view) {
            awareness.setLocalStateField('user', user);
            const onChange = (change: AwarenessChange) => {
              if (othersChanged(change, awareness.clientID) && !view.isDestroyed) {
                view.dispatch(view.state.tr.setMeta(AWARENESS_CHANGED, true));
              }
            };
            const onFocus = () => publishCaret(view, awareness);
            awareness.on('change', onChange);
            view.dom.addEventListener('focusin', onFocus);
            view.dom.addEventListener('focusout', onFocus);
            return {
              update: () => publishCaret(view, awareness),
              destroy() {
                awareness.off('change', onChange);
                view.dom.removeEventListener('focusin', onFocus);
                view.dom.removeEventListener('focusout', onFocus);
                awareness.setLocalStateField(CURSOR, null);
              },
            };
          },
        }),
      ),
    ];
  },
});

/**
 * True when an awareness change concerns someone else. This device's own caret moves with
 * every key it types and is not drawn here, so redrawing for it alone was pure cost on
 * the keystroke's path.
 */
export function othersChanged({ added, updated, removed }: AwarenessChange, own: number): boolean {
  return [...added, ...updated, ...removed].some((id) => id !== own);
}

/** Publishes this person's selection while the editor has focus, and withdraws it after. */
function publishCaret(view: EditorView, awareness: Awareness): void {
  if (view.isDestroyed) return;
  const current = (awareness.getLocalState() ?? {})[CURSOR] as
    { anchor: unknown; head: unknown } | null | undefined;
  if (!view.hasFocus()) {
    if (current) awareness.setLocalStateField(CURSOR, null);
    return;
  }
  const positions = relativeSelection(view.state);
  if (!positions) return;
  const { anchor, head } = positions;
  const same =
    current &&
    Y.compareRelativePositions(Y.createRelativePositionFromJSON(current.anchor), anchor) &&
    Y.compareRelativePositions(Y.createRelativePositionFromJSON(current.head), head);
  if (!same) awareness.setLocalStateField(CURSOR, { anchor, head });
}

function caretDecorations(
  state: EditorState,
  awareness: Awareness,
  render: RemoteCaretsOptions['render'],
  selectionRender: RemoteCaretsOptions['selectionRender'],
): DecorationSet {
  const decorations: Decoration[] = [];
  const max = Math.max(state.doc.content.size - 1, 0);
  awareness.getStates().forEach((peer, clientId) => {
    if (clientId === awareness.clientID) return;
    const cursor = (peer as Record<string, unknown> | null)?.[CURSOR] as
      { anchor: unknown; head: unknown } | null | undefined;
    if (!cursor) return;
    const anchor = resolve(state, cursor.anchor);
    const head = resolve(state, cursor.head);
    if (anchor === null || head === null) return;
    const user = { ...((peer as { user?: Record<string, unknown> }).user ?? {}) };
    const at = Math.min(head, max);
    decorations.push(
      // The key names what is drawn: a peer who renames themselves or changes colour is redrawn.
      Decoration.widget(at, () => render(user), {
        key: `${clientId}:${String(user.name)}:${String(user.organisation)}:${String(user.color)}`,
        side: 10,
      }),
    );
    const from = Math.min(anchor, at);
    const to = Math.max(Math.min(anchor, max), at);
    if (from < to) {
      decorations.push(
        Decoration.inline(from, to, selectionRender(user), {
          inclusiveEnd: true,
          inclusiveStart: false,
        }),
      );
    }
  });
  return DecorationSet.create(state.doc, decorations);
}

function resolve(state: EditorState, json: unknown): number | null {
  try {
    return fromRelativePosition(state, Y.createRelativePositionFromJSON(json));
  } catch {
    return null;
  }
}
