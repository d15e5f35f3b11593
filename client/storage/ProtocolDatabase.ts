import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { DocumentRow } from './DocumentRow.ts';
import type { RelayKeyRow, SigningKeyRow } from './SigningKeyRow.ts';
import type { UpdateRow } from './UpdateRow.ts';

/**
 * The device's IndexedDB database: the Yjs update log of every document, the index the
 * document list reads, a chair's signing keys and the relay keys that register them. `options` go to Dexie, so tests can pass fake-indexeddb.
 */
export class ProtocolDatabase extends Dexie {
  declare updates: EntityTable<UpdateRow, 'seq'>;
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare signingKeys: EntityTable<SigningKeyRow, 'id'>;
  declare relayKeys: EntityTable<RelayKeyRow, 'fingerprint'>;

  constructor(name = 'protocol-editor', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      updates: '++seq, docId',
      documents: 'id, updatedAt',
    });
    this.version(2).stores({ signingKeys: 'id', relayKeys: 'fingerprint' });
  }
}
