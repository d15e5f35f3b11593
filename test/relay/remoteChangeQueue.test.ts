import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RemoteChangeQueue } from '../../client/sync/RemoteChangeQueue.ts';
import { connectProvider, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

/** A typist whose remote changes go through a queue, and a colleague typing elsewhere. */
interface Setup {
  typist: ConnectedPeer;
  colleague: ConnectedPeer;
  queue: RemoteChangeQueue;
  /** Tasks the queue asked to run after the next paint, run by the test. */
  afterPaint: (() => void)[];
}

describe('RemoteChangeQueue', () => {
  let relay: TestServer;
  let setup: Setup | undefined;
  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    setup?.queue.destroy();
    setup?.typist.destroy();
    setup?.colleague.destroy();
    setup = undefined;
    await relay.dispose();
  });

  async function connect(docId: string, holdMaxMs = 60_000): Promise<Setup> {
    const typist = connectProvider(relay.wsUrl, docId);
    const colleague = connectProvider(relay.wsUrl, docId);
    const afterPaint: (() => void)[] = [];
    const queue = new RemoteChangeQueue(
      typist.provider,
      typist.doc,
      (origin) => origin !== typist.provider,
      { schedule: (task) => afterPaint.push(task), holdMaxMs },
    );
    await Promise.all([whenSynced(typist.provider), whenSynced(colleague.provider)]);
    setup = { typist, colleague, queue, afterPaint };
    return setup;
  }

  const title = (peer: ConnectedPeer) => peer.doc.getText('title').toString();
  /** Waits until `count` messages are held (polled often: nothing else would apply them). */
  const whenHeld = (s: Setup, count: number, what: string) =>
    waitFor(() => s.queue.held === count, { intervalMs: 5, message: what });
  const runAfterPaint = ({ afterPaint }: Setup) => {
    for (const task of afterPaint.splice(0)) task();
  };

  it('applies a change as it arrives when this person has not typed', async () => {
    const s = await connect('queue-idle');
    s.colleague.doc.getText('title').insert(0, 'Joint working protocol');
    await waitFor(() => title(s.typist) === 'Joint working protocol', {
      message: 'the change to arrive',
    });
    expect(s.queue.held).toBe(0);
  });

  it('holds changes while this person types and applies them all, in one transaction, after the keystroke’s paint', async () => {
    const s = await connect('queue-typing');
    s.typist.doc.getText('body').insert(0, 'x');
    for (const word of ['Safeguarding ', 'Adults ', 'Board']) {
      s.colleague.doc.getText('title').insert(title(s.colleague).length, word);
    }
    await whenHeld(s, 3, 'three held changes');
    expect(title(s.typist)).toBe('');

    let remoteTransactions = 0;
    s.typist.doc.on('afterTransaction', (transaction) => {
      if (transaction.origin === s.typist.provider) remoteTransactions++;
    });
    runAfterPaint(s);
    expect(title(s.typist)).toBe('Safeguarding Adults Board');
    expect(remoteTransactions).toBe(1);
    expect(s.queue.held).toBe(0);
  });

  it('loses nothing when both type at once: the documents agree once the held changes apply', async () => {
    const s = await connect('queue-concurrent');
    const mine = s.typist.doc.getText('title');
    const theirs = s.colleague.doc.getText('title');
    mine.insert(0, 'Lead: ');
    theirs.insert(0, 'Health and Wellbeing Board');
    await whenHeld(s, 1, 'a held change');
    mine.insert(mine.length, 'HWB');
    runAfterPaint(s);
    await waitFor(() => title(s.colleague) === title(s.typist), {
      message: 'both documents to agree',
    });
    expect(title(s.typist)).toContain('Lead: ');
    expect(title(s.typist)).toContain('HWB');
    expect(title(s.typist)).toContain('Health and Wellbeing Board');
  });

  it('applies a held change after holdMaxMs when no keystroke comes', async () => {
    const s = await connect('queue-timeout', 300);
    s.typist.doc.getText('body').insert(0, 'x');
    s.afterPaint.length = 0; // the keystroke's paint never comes
    s.colleague.doc.getText('title').insert(0, 'Community Safety Partnership');
    await whenHeld(s, 1, 'a held change');
    await waitFor(() => title(s.typist) === 'Community Safety Partnership', {
      message: 'the held change to apply on its own',
    });
    expect(s.queue.held).toBe(0);
  });

  it('applies held changes when the connection closes', async () => {
    const s = await connect('queue-close');
    s.typist.doc.getText('body').insert(0, 'x');
    s.colleague.doc.getText('title').insert(0, 'Children’s Trust');
    await whenHeld(s, 1, 'a held change');
    s.typist.provider.disconnect();
    await waitFor(() => title(s.typist) === 'Children’s Trust', {
      message: 'the held change to apply on disconnect',
    });
  });

  it('holds a colleague’s caret with their text and applies it after the text it points into', async () => {
    const s = await connect('queue-caret');
    s.typist.doc.getText('body').insert(0, 'x');
    const theirs = s.colleague.doc.getText('title');
    theirs.insert(0, 'Review date');
    const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(theirs, 6));
    s.colleague.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
    await whenHeld(s, 2, 'text and caret held');

    const seen: string[] = [];
    s.typist.provider.awareness.on('change', () => {
      const state = s.typist.provider.awareness.getStates().get(s.colleague.doc.clientID);
      const cursor = (state as { cursor?: { anchor: unknown } } | undefined)?.cursor;
      if (!cursor) return;
      const position = Y.createAbsolutePositionFromRelativePosition(
        Y.createRelativePositionFromJSON(cursor.anchor),
        s.typist.doc,
      );
      seen.push(`${title(s.typist)}@${position?.index ?? 'unresolved'}`);
    });
    runAfterPaint(s);
    expect(seen).toEqual(['Review date@6']);
  });
});
