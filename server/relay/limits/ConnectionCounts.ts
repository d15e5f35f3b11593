/** Which limit a new connection would exceed. */
export type ConnectionLimitScope = 'document' | 'relay';

/**
 * Open connections per document and in total, against their limits. A document's entry is
 * removed when its last connection goes, so the map only holds documents in use.
 */
export class ConnectionCounts {
  private readonly perDocument = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxPerDocument: number,
    private readonly maxTotal: number,
  ) {}

  /** Counts a connection to `docId`, or says which limit refuses it (nothing counted). */
  tryAdd(docId: string): ConnectionLimitScope | undefined {
    if (this.total >= this.maxTotal) return 'relay';
    const count = this.perDocument.get(docId) ?? 0;
    if (count >= this.maxPerDocument) return 'document';
    this.perDocument.set(docId, count + 1);
    this.total++;
    return undefined;
  }

  /** Uncounts a connection added with `tryAdd`. */
  remove(docId: string): void {
    const count = this.perDocument.get(docId);
    if (count === undefined) return;
    if (count <= 1) this.perDocument.delete(docId);
    else this.perDocument.set(docId, count - 1);
    this.total--;
  }

  /** Connections counted across the relay. */
  get size(): number {
    return this.total;
  }

  /** Documents with at least one counted connection. */
  get documents(): number {
    return this.perDocument.size;
  }
}
