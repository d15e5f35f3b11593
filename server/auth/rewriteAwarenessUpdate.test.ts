import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { rewriteAwarenessUpdate } from './rewriteAwarenessUpdate.ts';

const JO = { name: 'Jo Reid', organisation: 'Sandwell SSCB' };

/** An awareness update carrying `state` for a fresh client. */
function updateWith(state: Record<string, unknown> | null) {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(state ?? {});
  if (state === null) awareness.setLocalState(null);
  return {
    awareness,
    update: awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
  };
}

/** Applies `update` to a fresh awareness and returns the states it holds. */
function statesAfter(update: Uint8Array, seed?: Uint8Array) {
  const receiver = new awarenessProtocol.Awareness(new Y.Doc());
  receiver.setLocalState(null);
  if (seed) awarenessProtocol.applyAwarenessUpdate(receiver, seed, 'seed');
  awarenessProtocol.applyAwarenessUpdate(receiver, update, 'test');
  return receiver.getStates();
}

describe('rewriteAwarenessUpdate', () => {
  it('replaces the claimed name and organisation, keeping colour and other fields', () => {
    const { awareness, update } = updateWith({
      user: { name: 'Mallory', organisation: 'Elsewhere', color: '#ff0000' },
      cursor: { anchor: 3 },
    });
    const states = statesAfter(rewriteAwarenessUpdate(update, JO));
    expect(states.get(awareness.clientID)).toEqual({
      user: { name: 'Jo Reid', organisation: 'Sandwell SSCB', color: '#ff0000' },
      cursor: { anchor: 3 },
    });
  });

  it('labels a state that claims no user at all', () => {
    const { awareness, update } = updateWith({});
    expect(statesAfter(rewriteAwarenessUpdate(update, JO)).get(awareness.clientID)).toEqual({
      user: JO,
    });
  });

  it('keeps a removal (null state) as a removal', () => {
    const { awareness, update } = updateWith({ user: { name: 'X' } });
    awareness.setLocalState(null);
    const removal = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const rewritten = rewriteAwarenessUpdate(removal, JO);
    expect(statesAfter(rewritten, update).has(awareness.clientID)).toBe(false);
  });

  it('rewrites every entry of a multi-client update', () => {
    const a = updateWith({ user: { name: 'A' } });
    const relay = new awarenessProtocol.Awareness(new Y.Doc());
    relay.setLocalState({ user: { name: 'B', color: 'blue' } });
    awarenessProtocol.applyAwarenessUpdate(relay, a.update, 'a');
    const ids = [a.awareness.clientID, relay.clientID];
    const update = awarenessProtocol.encodeAwarenessUpdate(relay, ids);
    const states = statesAfter(rewriteAwarenessUpdate(update, JO));
    expect(states.get(a.awareness.clientID)).toEqual({ user: JO });
    expect(states.get(relay.clientID)).toEqual({ user: { ...JO, color: 'blue' } });
  });

  it('throws on a truncated update or a state that is not JSON', () => {
    const { update } = updateWith({ user: { name: 'X' } });
    expect(() => rewriteAwarenessUpdate(update.slice(0, update.length - 3), JO)).toThrow();
    const bad = Uint8Array.of(1, 7, 1, 5, ...new TextEncoder().encode('{not'));
    expect(() => rewriteAwarenessUpdate(bad, JO)).toThrow();
  });
});
