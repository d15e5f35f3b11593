import type { ClassicLevel } from 'classic-level';
import type { Grant } from '../../shared/auth/grant.ts';

/** What the relay knows about one access link. */
export interface GrantRecord {
  grant: Grant;
  /** True when the link was created through the API (not by the CLI or at start). */
  minted: boolean;
  /** ISO 8601 times of the first and latest accepted use. */
  firstSeenAt?: string;
  lastSeenAt?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const grantPrefix = (doc: string) => `g!${doc}!`;
const grantKey = (grant: Grant) => grantPrefix(grant.doc) + grant.lid;
const revokedKey = (lid: string) => `r!${lid}`;
const encode = (value: unknown) => encoder.encode(JSON.stringify(value));
const decode = <T>(bytes: Uint8Array) => JSON.parse(decoder.decode(bytes)) as T;

/**
 * The grant registry, in the relay's own database: `g!<doc>!<lid>` holds a `GrantRecord`
 * (`doc` may be `*`), `r!<lid>` marks a revoked link. Writes run one at a time, so a
 * "seen" update never overwrites a concurrent "minted" one.
 */
export class GrantStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: ClassicLevel<string, Uint8Array>) {}

  /** Records a grant created through the API. */
  recordMinted(grant: Grant): Promise<void> {
    return this.update(grant, (record) => ({ ...record, grant, minted: true }));
  }

  /** Records an accepted use of a grant at `at`. */
  recordSeen(grant: Grant, at: Date): Promise<void> {
    const time = at.toISOString();
    return this.update(grant, (record) => ({
      ...record,
      firstSeenAt: record.firstSeenAt ?? time,
      lastSeenAt: time,
    }));
  }

  /** Every grant recorded for `doc` (or `*`), in key order. */
  async list(doc: string): Promise<GrantRecord[]> {
    const records: GrantRecord[] = [];
    const prefix = grantPrefix(doc);
    for await (const value of this.db.values({ gte: prefix, lt: `${prefix}\uffff` })) {
      records.push(decode<GrantRecord>(value));
    }
    return records;
  }

  /** Marks links revoked, for good. */
  revoke(lids: readonly string[], at: Date): Promise<void> {
    return this.enqueue(async () => {
      const batch = this.db.batch();
      for (const lid of lids) batch.put(revokedKey(lid), encode({ revokedAt: at.toISOString() }));
      await batch.write({ sync: true });
    });
  }

  /** Every revoked link id. */
  async revokedLids(): Promise<Set<string>> {
    const lids = new Set<string>();
    for await (const key of this.db.keys({ gte: 'r!', lt: 'r!\uffff' })) lids.add(key.slice(2));
    return lids;
  }

  /** Resolves once every write queued so far is done (failed ones included). */
  async whenIdle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private update(grant: Grant, change: (record: GrantRecord) => GrantRecord): Promise<void> {
    return this.enqueue(async () => {
      const stored = await this.db.get(grantKey(grant));
      const record = stored ? decode<GrantRecord>(stored) : { grant, minted: false };
      await this.db.put(grantKey(grant), encode(change(record)));
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.catch(() => undefined).then(task);
    this.queue = next;
    return next;
  }
}
