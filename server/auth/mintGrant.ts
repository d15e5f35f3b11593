import { randomBytes } from 'node:crypto';
import type { Grant } from '../../shared/auth/grant.ts';
import type { Role } from '../../shared/auth/roles.ts';

/** What a new grant is for; see `Grant`. */
export interface GrantInit {
  /** Document id, or `*` for the whole workspace. */
  doc: string;
  role: Role;
  /** For a chair: the partnership they sign for. */
  partnership?: string;
  name: string;
  organisation: string;
  /** Days until it expires. */
  days: number;
}

const DAY_SECONDS = 24 * 60 * 60;

/** Seconds since the epoch, as grants count time. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** A fresh grant with a random link id (128 bits), issued now and expiring in `days`. */
export function mintGrant(init: GrantInit, now: number = nowSeconds()): Grant {
  return {
    v: 1,
    lid: randomBytes(16).toString('base64url'),
    doc: init.doc,
    role: init.role,
    ...(init.partnership === undefined ? {} : { partnership: init.partnership }),
    name: init.name,
    organisation: init.organisation,
    iat: now,
    exp: now + Math.round(init.days * DAY_SECONDS),
  };
}
