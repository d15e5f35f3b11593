import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { mergeAwarenessUpdates } from './mergeAwarenessUpdates.ts';

/** An awareness whose every update is recorded, as the relay would forward it. */
function recorded(): { awareness: Awareness; updates: Uint8Array[] } {
  const awareness = new Awareness(new Y.Doc());
  const updates: Uint8Array[] = [];
  awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
    const changed = [...added!, ...updated!, ...removed!];
    updates.push(encodeAwarenessUpdate(awareness, changed));
  });
  return { awareness, updates };
}

describe('mergeAwarenessUpdates', () => {
  it('leaves the same states as applying each update in order, in one change', () => {
    const ben = recorded();
    const chloe = recorded();
    ben.awareness.setLocalStateField('user', { name: 'Ben Okafor' });
    chloe.awareness.setLocalStateField('user', { name: 'Chloe Reid' });
    for (let i = 0; i < 3; i++) {
      ben.awareness.setLocalStateField('cursor', { anchor: i, head: i });
      chloe.awareness.setLocalStateField('cursor', { anchor: 10 + i, head: 10 + i });
    }
    chloe.awareness.setLocalState(null); // Chloe closes the document.
    const updates = [...ben.updates, ...chloe.updates];

    const oneByOne = new Awareness(new Y.Doc());
    for (const update of updates) applyAwarenessUpdate(oneByOne, update, 'relay');
    const merged = new Awareness(new Y.Doc());
    let changes = 0;
    merged.on('change', () => changes++);
    applyAwarenessUpdate(merged, mergeAwarenessUpdates(updates), 'relay');

    const remote = (awareness: Awareness) =>
      [ben, chloe].map(({ awareness: { clientID } }) => awareness.getStates().get(clientID));
    expect(remote(merged)).toEqual(remote(oneByOne));
    expect(merged.getStates().get(ben.awareness.clientID)).toEqual({
      user: { name: 'Ben Okafor' },
      cursor: { anchor: 2, head: 2 },
    });
    expect(merged.getStates().has(chloe.awareness.clientID)).toBe(false);
    expect(changes).toBe(1);
  });

  it('keeps the newest entry whatever order the updates come in', () => {
    const ben = recorded();
    ben.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    ben.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
    const receiver = new Awareness(new Y.Doc());
    applyAwarenessUpdate(receiver, mergeAwarenessUpdates([...ben.updates].reverse()), 'relay');
    expect(receiver.getStates().get(ben.awareness.clientID)).toEqual({
      cursor: { anchor: 2, head: 2 },
    });
  });
});
