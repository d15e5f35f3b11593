import { errorMessage, log } from '../log.ts';
import type { CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import type { Connection } from './Connection.ts';
import type { DocStore } from './DocStore.ts';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import type { GroupCommit } from './GroupCommit.ts';
import type { PersistenceHealth } from './PersistenceHealth.ts';
import { Room } from './Room.ts';

const SHUTDOWN_FLUSH_MS = 5_000;

/** Settings of the room registry. */
export interface RoomsOptions {
  store: DocStore;
  /** Writes the pending updates of every room together. */
  commits: GroupCommit;
  health: PersistenceHealth;
  compactAfterRows: number;
  /** Keys whose registrations make a sign-off record one the relay keeps (this relay's own). */
  relayKeys: ReadonlyMap<string, PublicKeyJwk>;
}

/**
 * The open documents. A room is loaded from the store before its first connection joins,
 * and when its last connection leaves it is flushed, compacted and dropped from memory.
 * Loads, unloads and deletions of one document never overlap.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly options: RoomsOptions) {}

  /** Number of documents held in memory. */
  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Number of connections across all rooms. */
  get connectionCount(): number {
    let count = 0;
    for (const room of this.rooms.values()) count += room.connections.size;
    return count;
  }

  /** The loaded room of `docId`, if any. */
  get(docId: string): Room | undefined {
    return this.rooms.get(docId);
  }

  /**
   * Adds `connection` to the room of `docId`, loading it if needed. Resolves with the room,
   * with the close code to refuse the connection with, or `undefined` when the socket
   * closed while the room was loading.
   */
  async join(docId: string, connection: Connection): Promise<Room | CloseCodeName | undefined> {
    for (;;) {
      const room = await this.open(docId);
      if (this.closed) return 'shuttingDown';
      if (!room) return 'documentDeleted';
      if (room.retiredWith) return room.retiredWith;
      // Unloaded while this connection waited: load it again.
      if (this.rooms.get(docId) !== room) continue;
      if (!connection.open) {
        this.releaseIfIdle(room);
        return undefined;
      }
      room.add(connection);
      return room;
    }
  }

  /**
   * Runs `use` on the room of `docId` (loading it if needed), keeping it loaded until `use`
   * is done and everything it changed is on disk. Resolves `undefined` when the document was
   * deleted (or the relay is shutting down). Changes made with the doc are broadcast to every
   * connection as any other update.
   */
  async withRoom<T>(docId: string, use: (room: Room) => Promise<T> | T): Promise<T | undefined> {
    for (;;) {
      const room = await this.open(docId);
      if (!room || this.closed || room.retiredWith) return undefined;
      if (this.rooms.get(docId) !== room) continue;
      room.pins += 1;
      try {
        const result = await use(room);
        await room.persistence.whenDurable();
        return result;
      } finally {
        room.pins -= 1;
        this.releaseIfIdle(room);
      }
    }
  }

  /** Removes a connection; the room is unloaded once nobody is left. */
  leave(room: Room, connection: Connection): void {
    room.remove(connection);
    this.releaseIfIdle(room);
  }

  /** Starts unloading `room` if it is current and has no connections. */
  releaseIfIdle(room: Room): void {
    if (!isIdle(room) || this.rooms.get(room.docId) !== room) return;
    if (this.unloading.has(room.docId)) return;
    const task = this.unload(room).finally(() => this.unloading.delete(room.docId));
    this.unloading.set(room.docId, task);
  }

  /** Deletes a document: tombstone on disk, its connections closed with `documentDeleted`. */
  async delete(docId: string): Promise<void> {
    await this.loading.get(docId)?.catch(() => undefined);
    const room = this.rooms.get(docId);
    if (room) {
      this.rooms.delete(docId);
      room.retiredWith = 'documentDeleted';
      room.persistence.discard();
    }
    // Called in the same tick as the lookup above, so any later load sees the tombstone.
    await this.options.store.tombstone(docId, new Date());
    if (room) {
      room.closeAll('documentDeleted');
      room.destroy();
    }
  }

  /** Shutdown: closes every connection with `shuttingDown`, flushes and unloads every room. */
  async closeAll(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.loading.values()]);
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    await Promise.all(
      rooms.map(async (room) => {
        room.closeAll('shuttingDown');
        const flushed = await Promise.race([
          room.persistence.whenDurable().then(() => true),
          new Promise<false>((resolve) => setTimeout(resolve, SHUTDOWN_FLUSH_MS, false).unref()),
        ]).catch(() => false);
        if (!flushed) log('error', 'shutdown-flush-incomplete', { docId: room.docId });
        const compacted = room.persistence.compact();
        // Stops retries and releases any unload still waiting on this room.
        room.persistence.discard();
        room.destroy();
        await compacted;
      }),
    );
    await Promise.allSettled([...this.unloading.values()]);
  }

  /** The room of `docId`, loading it if needed; `undefined` when the document was deleted. */
  private open(docId: string): Promise<Room | undefined> {
    const room = this.rooms.get(docId);
    if (room) return Promise.resolve(room);
    let pending = this.loading.get(docId);
    if (!pending) {
      pending = this.load(docId).finally(() => this.loading.delete(docId));
      this.loading.set(docId, pending);
    }
    return pending;
  }

  private async load(docId: string): Promise<Room | undefined> {
    await this.unloading.get(docId);
    const stored = await this.options.store.load(docId);
    if (stored.meta?.deleted || this.closed) return undefined;
    const room = new Room(docId, stored, this.options);
    // Before anyone joins: from the first update on, what chairs signed is kept.
    await room.signedRecords.find();
    this.rooms.set(docId, room);
    return room;
  }

  private async unload(room: Room): Promise<void> {
    try {
      await room.persistence.whenDurable();
    } catch (error) {
      log('warn', 'unload-skipped', { docId: room.docId, error: errorMessage(error) });
      return;
    }
    if (!isIdle(room) || this.rooms.get(room.docId) !== room) return;
    this.rooms.delete(room.docId);
    // compact() encodes the state synchronously, so the doc can be destroyed right away.
    const compacted = room.persistence.compact();
    room.destroy();
    await compacted;
  }
}

function isIdle(room: Room): boolean {
  return room.connections.size === 0 && room.pins === 0;
}
