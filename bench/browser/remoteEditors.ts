import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { bodyFragment, createDoc } from '../../shared/document/docFields.ts';
import { whenSynced } from '../../test/support/connectProvider.ts';
import type { RelayUnderTest } from '../servers/relays.ts';

/** People typing in the same document from elsewhere, each in a paragraph of their own. */
export interface RemoteEditors {
  /** Keystrokes sent so far, all editors together. */
  readonly keystrokes: number;
  stop(): void;
}

const COLORS = ['#b91c1c', '#047857', '#1d4ed8', '#7c3aed'];

/**
 * Connects `count` WebsocketProvider clients to `docId` and has each type one character
 * every `intervalMs` at the end of its own paragraph (spread through the document), moving
 * its caret (awareness) with each keystroke, as a person's editor does.
 */
export async function startRemoteEditors(
  relay: RelayUnderTest,
  docId: string,
  count: number,
  intervalMs: number,
): Promise<RemoteEditors> {
  const editors = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const doc = createDoc();
      const provider = new WebsocketProvider(relay.serverUrl, docId, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        params: relay.params(docId),
      });
      provider.awareness.setLocalStateField('user', { name: `Remote ${i + 1}`, color: COLORS[i] });
      await whenSynced(provider);
      return { doc, provider, text: paragraphText(doc, (i + 1) / (count + 1)) };
    }),
  );
  let keystrokes = 0;
  const timers = editors.map(({ doc, provider, text }, i) =>
    setInterval(() => {
      doc.transact(() => text.insert(text.length, 'abcdefghij '[keystrokes % 11]!));
      keystrokes++;
      const caret = Y.relativePositionToJSON(
        Y.createRelativePositionFromTypeIndex(text, text.length),
      );
      provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
    }, intervalMs + i),
  );
  return {
    get keystrokes() {
      return keystrokes;
    },
    stop() {
      for (const timer of timers) clearInterval(timer);
      for (const { doc, provider } of editors) {
        provider.destroy();
        doc.destroy();
      }
    },
  };
}

/** The text of the first paragraph at or after `fraction` of the body. */
function paragraphText(doc: Y.Doc, fraction: number): Y.XmlText {
  const body = bodyFragment(doc);
  for (let i = Math.floor(body.length * fraction); i < body.length; i++) {
    const node = body.get(i);
    const first =
      node instanceof Y.XmlElement && node.nodeName === 'paragraph' ? node.get(0) : null;
    if (first instanceof Y.XmlText) return first;
  }
  throw new Error('no paragraph with text to type in');
}
