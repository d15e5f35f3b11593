import { randomBytes } from 'node:crypto';
import type { Grant } from '../../shared/auth/grant.ts';
import { nowSeconds } from '../../server/auth/mintGrant.ts';
import { signGrant } from '../../server/auth/tokens.ts';

/** The AUTH_SECRET test relays started with `auth: true` use. */
export const TEST_AUTH_SECRET = 'test-secret-for-relay-tests-only-0123456789';

/**
 * What a test token grants: `doc` and `role` are required; the rest default to a fresh
 * `lid`, name "Test user", no organisation, issued now, expiring in one day. Pass `exp`
 * in the past for an expired token.
 */
export type TestGrantInit = Pick<Grant, 'doc' | 'role'> & Partial<Omit<Grant, 'v'>>;

/** The full grant `init` describes. */
export function testGrant(init: TestGrantInit): Grant {
  const now = nowSeconds();
  return {
    v: 1,
    lid: randomBytes(12).toString('base64url'),
    name: 'Test user',
    organisation: '',
    iat: now,
    exp: now + 24 * 60 * 60,
    ...init,
  };
}

/** A token signed with `secret` (default: the test secret) for the grant `init` describes. */
export function mintTestToken(init: TestGrantInit, secret: string = TEST_AUTH_SECRET): string {
  return signGrant(secret, testGrant(init));
}
