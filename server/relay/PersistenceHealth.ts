/** Persistence status as reported by /healthz. */
export interface PersistenceStatus {
  ok: boolean;
  lastError?: string;
}

/**
 * Tracks which documents currently fail to be written, so /healthz can say whether
 * everything acknowledged is on disk. A document recovers when a retry succeeds.
 */
export class PersistenceHealth {
  private readonly failing = new Set<string>();
  private lastError: string | undefined;

  /** Records a failed write of `docId`. */
  failed(docId: string, message: string): void {
    this.failing.add(docId);
    this.lastError = message;
  }

  /** Records a successful write of `docId`. */
  succeeded(docId: string): void {
    this.failing.delete(docId);
    if (this.failing.size === 0) this.lastError = undefined;
  }

  /** Current status. */
  status(): PersistenceStatus {
    return this.failing.size === 0 ? { ok: true } : { ok: false, lastError: this.lastError };
  }
}
