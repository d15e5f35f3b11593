// y-leveldb ships typings its package.json "exports" does not expose; the part we use.
declare module 'y-leveldb' {
  import type * as Y from 'yjs';

  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<Y.Doc>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    /** Closes the database once every queued operation has finished. */
    destroy(): Promise<void>;
  }
}
