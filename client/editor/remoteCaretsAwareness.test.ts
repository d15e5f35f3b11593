import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { remoteCaretsAwareness } from './remoteCaretsAwareness.ts';

describe('remoteCaretsAwareness', () => {
  it('tells its change listeners about other people, not about this device’s own caret', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const wrapped = remoteCaretsAwareness(mine);
    const heard: number[][] = [];
    const listener = ({ added, updated }: { added: number[]; updated: number[] }) =>
      heard.push([...added, ...updated]);
    wrapped.on('change', listener);

    wrapped.setLocalStateField('cursor', { anchor: 1, head: 1 });
    expect(heard).toEqual([]);
    expect(mine.getLocalState()?.cursor).toEqual({ anchor: 1, head: 1 });

    theirs.setLocalStateField('cursor', { anchor: 5, head: 5 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'relay');
    expect(heard).toEqual([[theirs.clientID]]);
    expect(wrapped.getStates().get(theirs.clientID)?.cursor).toEqual({ anchor: 5, head: 5 });

    wrapped.off('change', listener);
    theirs.setLocalStateField('cursor', { anchor: 6, head: 6 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'relay');
    expect(heard).toHaveLength(1);
    mine.destroy();
    theirs.destroy();
  });
});
