import { isRole, type Role } from './roles.ts';

/** Every document, for a workspace owner's grant. */
export const ALL_DOCUMENTS = '*';

/**
 * What an access link grants, as signed by the relay. The person's name and organisation
 * are part of it: the relay labels their presence from here, never from what a client says.
 */
export interface Grant {
  /** Format version. */
  v: 1;
  /** Link id: revoking it revokes this grant. */
  lid: string;
  /** Document id, or `*` for every document (workspace owner). */
  doc: string;
  role: Role;
  /** For a chair: the partnership (acronym or id) they sign for. */
  partnership?: string;
  name: string;
  organisation: string;
  /** Issued and expires at, seconds since the epoch. */
  iat: number;
  exp: number;
}

/** Whether a value has a grant's shape (signature not checked). */
export function isGrant(value: unknown): value is Grant {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  return (
    g.v === 1 &&
    typeof g.lid === 'string' &&
    typeof g.doc === 'string' &&
    isRole(g.role) &&
    (g.partnership === undefined || typeof g.partnership === 'string') &&
    typeof g.name === 'string' &&
    typeof g.organisation === 'string' &&
    typeof g.iat === 'number' &&
    typeof g.exp === 'number'
  );
}

/** Whether a grant covers a document. */
export function grantCovers(grant: Pick<Grant, 'doc'>, docId: string): boolean {
  return grant.doc === ALL_DOCUMENTS || grant.doc === docId;
}
