import type { Grant } from '../../shared/auth/grant.ts';
import type { CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import { errorMessage, log } from '../log.ts';
import type { GrantStore } from './GrantStore.ts';
import { nowSeconds } from './mintGrant.ts';
import { signGrant, verifyToken } from './tokens.ts';

/** Why a caller was refused before anything else was looked at. */
export type AccessRefusal = 'unauthorized' | 'token-expired' | 'access-revoked';

/** The outcome of `AccessControl.check`. */
export type AccessVerdict = { ok: true; grant: Grant } | { ok: false; refusal: AccessRefusal };

/** Anything revoking a link must close: a live relay connection. */
export interface Revocable {
  close(name: CloseCodeName): void;
}

/** A link's use is written to the registry at most this often. */
const SEEN_WRITE_INTERVAL_MS = 60_000;

/**
 * Authentication while auth is on: verifies tokens against the secret and the revoked
 * links (held in memory, so a refusal never touches storage), records grants in use,
 * and revokes links, closing their live connections at once. Every connection and
 * request is checked anew; nothing is cached as valid.
 */
export class AccessControl {
  readonly #secret: string;
  private readonly live = new Map<string, Set<Revocable>>();
  private readonly seenWrittenAt = new Map<string, number>();

  private constructor(
    secret: string,
    readonly grants: GrantStore,
    private readonly revoked: Set<string>,
  ) {
    this.#secret = secret;
  }

  /** Loads the revoked links from `grants`. */
  static async open(secret: string, grants: GrantStore): Promise<AccessControl> {
    return new AccessControl(secret, grants, await grants.revokedLids());
  }

  /** Verifies a token: signature, shape, expiry, then revocation. */
  check(token: string | undefined, now: number = nowSeconds()): AccessVerdict {
    if (token === undefined) return { ok: false, refusal: 'unauthorized' };
    const verdict = verifyToken(this.#secret, token, now);
    if (!verdict.ok) {
      return {
        ok: false,
        refusal: verdict.reason === 'expired' ? 'token-expired' : 'unauthorized',
      };
    }
    if (this.revoked.has(verdict.grant.lid)) return { ok: false, refusal: 'access-revoked' };
    return verdict;
  }

  /** Signs a grant with the relay's secret. */
  sign(grant: Grant): string {
    return signGrant(this.#secret, grant);
  }

  /** Whether a link was revoked. */
  isRevoked(lid: string): boolean {
    return this.revoked.has(lid);
  }

  /** Records an accepted use of `grant` (first seen, last seen), throttled per link. */
  noteSeen(grant: Grant): void {
    const now = Date.now();
    const last = this.seenWrittenAt.get(grant.lid);
    if (last !== undefined && now - last < SEEN_WRITE_INTERVAL_MS) return;
    this.seenWrittenAt.set(grant.lid, now);
    this.grants.recordSeen(grant, new Date(now)).catch((error: unknown) => {
      this.seenWrittenAt.delete(grant.lid);
      log('warn', 'grant-record-failed', { lid: grant.lid, error: errorMessage(error) });
    });
  }

  /** Tracks a live connection of link `lid`; returns the function that forgets it. */
  track(lid: string, connection: Revocable): () => void {
    let connections = this.live.get(lid);
    if (!connections) this.live.set(lid, (connections = new Set()));
    connections.add(connection);
    return () => {
      connections.delete(connection);
      if (connections.size === 0 && this.live.get(lid) === connections) this.live.delete(lid);
    };
  }

  /**
   * Revokes links for good: refused from this moment, their live connections closed with
   * `accessRevoked`, then the revocation is written (resolves once it is on disk).
   */
  async revoke(lids: readonly string[]): Promise<void> {
    for (const lid of lids) {
      this.revoked.add(lid);
      for (const connection of [...(this.live.get(lid) ?? [])]) connection.close('accessRevoked');
    }
    if (lids.length > 0) log('info', 'access-revoked', { lids: lids.join(',') });
    await this.grants.revoke(lids, new Date());
  }

  /** Waits for registry writes still in flight (before the store is closed). */
  close(): Promise<void> {
    return this.grants.whenIdle();
  }
}
