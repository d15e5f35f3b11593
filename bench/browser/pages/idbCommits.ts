// Sees every read-write IndexedDB transaction the page starts, whichever library starts it,
// so "durable" means the same for every store: the transaction's `complete` event.
const waiting: Array<(at: number) => void> = [];
const nativeTransaction = IDBDatabase.prototype.transaction;

IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
): IDBTransaction {
  const tx = nativeTransaction.apply(this, args);
  if (tx.mode === 'readwrite') {
    const listeners = waiting.splice(0);
    if (listeners.length > 0) {
      tx.addEventListener('complete', () => {
        const at = performance.now();
        for (const listener of listeners) listener(at);
      });
    }
  }
  return tx;
};

/** Resolves with the time the next read-write transaction started from now on commits. */
export function whenNextWriteCommits(): Promise<number> {
  return new Promise((resolve) => waiting.push(resolve));
}
