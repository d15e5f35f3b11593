import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Grant } from '../../shared/auth/grant.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { createDoc } from '../../shared/document/docFields.ts';
import { messageAwareness, messageSync } from '../../shared/protocol/messageTypes.ts';
import { screenFrame } from './screenFrame.ts';

const grantFor = (role: Role): Grant => ({
  v: 1,
  lid: 'l',
  doc: 'doc-alpha',
  role,
  name: 'Vi Ewer',
  organisation: 'Org',
  iat: 0,
  exp: 1,
});

const frame = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};
const syncFrame = (type: number, update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, messageSync);
    encoding.writeVarUint(e, type);
    encoding.writeVarUint8Array(e, update);
  });

/** The room's document: some text, part of it deleted (so every step 2 has a delete set). */
function roomDoc() {
  const doc = createDoc();
  doc.getText('title').insert(0, 'Joint protocol');
  doc.getText('title').delete(0, 6);
  return doc;
}

/** A client that synced with `room` (a full copy). */
function syncedClient(room: Y.Doc) {
  const client = createDoc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  return client;
}

describe('screenFrame', () => {
  it("passes a viewer's normal step 2 even though it carries the delete set", () => {
    const room = roomDoc();
    const client = syncedClient(room);
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(room));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBe(1);
    const bytes = syncFrame(syncProtocol.messageYjsSyncStep2, step2);
    expect(screenFrame(room, grantFor('viewer'), bytes)).toBe(bytes);
  });

  it('refuses a viewer update that inserts or deletes anything', () => {
    const room = roomDoc();
    const client = syncedClient(room);
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.getText('title').insert(0, 'x');
    client.getText('title').delete(3, 2);
    const [insert, deletion] = updates;
    for (const update of [insert!, deletion!]) {
      for (const type of [syncProtocol.messageYjsUpdate, syncProtocol.messageYjsSyncStep2]) {
        expect(screenFrame(room, grantFor('viewer'), syncFrame(type, update))).toBe('readOnly');
      }
    }
    expect(room.getText('title').toString()).toBe('protocol');
  });

  it('passes sync step 1 from a viewer and every sync frame from an editor', () => {
    const room = roomDoc();
    const step1 = frame((e) => {
      encoding.writeVarUint(e, messageSync);
      syncProtocol.writeSyncStep1(e, createDoc());
    });
    expect(screenFrame(room, grantFor('viewer'), step1)).toBe(step1);
    const other = createDoc();
    other.getText('title').insert(0, 'new');
    const update = syncFrame(syncProtocol.messageYjsUpdate, Y.encodeStateAsUpdate(other));
    for (const role of ['editor', 'chair', 'owner'] as const) {
      expect(screenFrame(room, grantFor(role), update)).toBe(update);
    }
  });

  it('relabels awareness with the grant, for every role', () => {
    const awareness = new awarenessProtocol.Awareness(createDoc());
    awareness.setLocalState({ user: { name: 'Mallory', organisation: 'X', color: '#00f' } });
    const bytes = frame((e) => {
      encoding.writeVarUint(e, messageAwareness);
      encoding.writeVarUint8Array(
        e,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
      );
    });
    const screened = screenFrame(createDoc(), grantFor('viewer'), bytes);
    expect(screened).toBeInstanceOf(Uint8Array);
    const decoder = decoding.createDecoder(screened as Uint8Array);
    expect(decoding.readVarUint(decoder)).toBe(messageAwareness);
    const receiver = new awarenessProtocol.Awareness(createDoc());
    awarenessProtocol.applyAwarenessUpdate(receiver, decoding.readVarUint8Array(decoder), 'relay');
    expect(receiver.getStates().get(awareness.clientID)).toEqual({
      user: { name: 'Vi Ewer', organisation: 'Org', color: '#00f' },
    });
  });

  it('throws on a corrupt viewer update (the relay closes it as malformed)', () => {
    const bytes = syncFrame(syncProtocol.messageYjsUpdate, Uint8Array.of(5, 200, 1, 7, 255));
    expect(() => screenFrame(roomDoc(), grantFor('viewer'), bytes)).toThrow();
  });
});
