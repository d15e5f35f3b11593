import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BLOCK_EDIT_ORIGIN, editBlock } from '../../client/blocks/blockEdit.ts';
import { blockData, blocksMap, createBlock } from '../../shared/blocks/core/blockStore.ts';
import {
  addPriority,
  priorityMatrix,
  setPriorityTitle,
  setRole,
} from '../../shared/blocks/priorityMatrix/priorityMatrix.ts';
import {
  addPartnership,
  readRegister,
  registerList,
  updatePartnership,
} from '../../shared/register/register.ts';
import { connectProvider, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const matrixOf = (peer: ConnectedPeer, blockId: string) =>
  priorityMatrix.read(blockData(peer.doc, blockId)!);
/** Both peers hold exactly the same changes, deletions included (equal snapshots). */
const same = (a: ConnectedPeer, b: ConnectedPeer) =>
  Y.equalSnapshots(Y.snapshot(a.doc), Y.snapshot(b.doc));

describe('structured blocks edited by several peers through the real relay', () => {
  let relay: TestServer;
  let peers: ConnectedPeer[] = [];
  const docId = () => `blocks-${Math.random().toString(36).slice(2, 10)}`;

  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    for (const peer of peers) peer.destroy();
    peers = [];
    await relay.dispose();
  });

  async function join(id: string): Promise<ConnectedPeer> {
    const peer = connectProvider(relay.wsUrl, id);
    peers.push(peer);
    await whenSynced(peer.provider);
    return peer;
  }

  /** Two peers sharing a matrix with two partnerships and one priority. */
  async function twoPeersWithMatrix() {
    const id = docId();
    const a = await join(id);
    const sab = addPartnership(a.doc, { name: 'Safeguarding Adults Board', acronym: 'SAB' });
    const sbp = addPartnership(a.doc, { name: 'Safer Barnsley Partnership', acronym: 'SBP' });
    const blockId = createBlock(a.doc, priorityMatrix, { partnerships: readRegister(a.doc) });
    const priority = addPriority(blockData(a.doc, blockId)!, 'Domestic Abuse');
    const b = await join(id);
    await waitFor(() => same(a, b), { message: 'B to receive the matrix' });
    return { id, a, b, sab, sbp, blockId, priority };
  }

  it('keeps both peers’ edits to different cells made offline', async () => {
    const { a, b, sab, sbp, blockId, priority } = await twoPeersWithMatrix();
    a.provider.disconnect();
    b.provider.disconnect();
    setRole(blockData(a.doc, blockId)!, priority, sab, 'contributing');
    setRole(blockData(b.doc, blockId)!, priority, sbp, 'lead');
    a.provider.connect();
    b.provider.connect();
    await waitFor(() => same(a, b), { message: 'convergence after reconnect' });
    for (const peer of [a, b]) {
      expect(matrixOf(peer, blockId).cells[priority]).toEqual({
        [sab]: 'contributing',
        [sbp]: 'lead',
      });
    }
  });

  it('keeps both rows when two peers add rows at once', async () => {
    const { a, b, blockId, priority } = await twoPeersWithMatrix();
    const fromA = addPriority(blockData(a.doc, blockId)!, 'Cybercrime');
    const fromB = addPriority(blockData(b.doc, blockId)!, 'Anti-Poverty');
    await waitFor(() => same(a, b), { message: 'convergence' });
    for (const peer of [a, b]) {
      const ids = matrixOf(peer, blockId).priorities.map((p) => p.id);
      expect(ids.sort()).toEqual([priority, fromA, fromB].sort());
    }
  });

  it('gives a matrix with both when one peer adds a partnership and another a priority', async () => {
    const { a, b, blockId } = await twoPeersWithMatrix();
    a.provider.disconnect();
    const scp = addPartnership(a.doc, { name: 'Stronger Communities Partnership', acronym: 'SCP' });
    const poverty = addPriority(blockData(b.doc, blockId)!, 'Anti-Poverty');
    a.provider.connect();
    await waitFor(() => same(a, b), { message: 'convergence' });
    setRole(blockData(b.doc, blockId)!, poverty, scp, 'lead');
    await waitFor(() => same(a, b), { message: 'convergence' });
    for (const peer of [a, b]) {
      expect(readRegister(peer.doc).map((p) => p.acronym)).toEqual(['SAB', 'SBP', 'SCP']);
      const data = matrixOf(peer, blockId);
      expect(data.priorities.map((p) => p.title)).toContain('Anti-Poverty');
      expect(data.cells[poverty]).toEqual({ [scp]: 'lead' });
    }
  });

  it('propagates a partnership rename to every peer, including a late joiner', async () => {
    const { id, a, b, sbp, blockId, priority } = await twoPeersWithMatrix();
    setRole(blockData(b.doc, blockId)!, priority, sbp, 'lead');
    updatePartnership(a.doc, sbp, 'name', 'Safer Barnsley Community Safety Partnership');
    await waitFor(() => same(a, b), { message: 'convergence' });
    const c = await join(id);
    await waitFor(() => same(a, c), { message: 'late joiner' });
    for (const peer of [a, b, c]) {
      expect(readRegister(peer.doc).find((p) => p.id === sbp)?.name).toBe(
        'Safer Barnsley Community Safety Partnership',
      );
      expect(matrixOf(peer, blockId).cells[priority]).toEqual({ [sbp]: 'lead' });
    }
  });

  it('undoes only my own block edits, never another peer’s', async () => {
    const { a, b, sab, sbp, blockId, priority } = await twoPeersWithMatrix();
    const undoFor = (peer: ConnectedPeer) => {
      const register = registerList(peer.doc);
      return new Y.UndoManager([blocksMap(peer.doc), register.order, register.items], {
        trackedOrigins: new Set([BLOCK_EDIT_ORIGIN]),
      });
    };
    const undoA = undoFor(a);
    const undoB = undoFor(b);
    editBlock(a.doc, () => setRole(blockData(a.doc, blockId)!, priority, sab, 'lead'));
    undoA.stopCapturing();
    editBlock(b.doc, () => setRole(blockData(b.doc, blockId)!, priority, sbp, 'contributing'));
    editBlock(b.doc, () =>
      setPriorityTitle(blockData(b.doc, blockId)!, priority, 'Domestic Abuse (DA)'),
    );
    await waitFor(() => same(a, b), { message: 'convergence' });

    undoA.undo();
    await waitFor(() => same(a, b), { message: 'convergence after undo' });
    for (const peer of [a, b]) {
      const data = matrixOf(peer, blockId);
      expect(data.cells[priority]).toEqual({ [sbp]: 'contributing' });
      expect(data.priorities[0]?.title).toBe('Domestic Abuse (DA)');
    }
    expect(undoB.undoStack.length).toBeGreaterThan(0);
    undoA.redo();
    await waitFor(() => matrixOf(b, blockId).cells[priority]?.[sab] === 'lead', {
      message: 'redo on B',
    });
  });
});
