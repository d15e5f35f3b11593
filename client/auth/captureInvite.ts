import { INVITE_PARAM } from '../../shared/auth/accessToken.ts';
import type { Grant } from '../../shared/auth/grant.ts';
import { saveGrant } from './grantStore.ts';

/**
 * When the app is opened from an access link (`?access=<token>`), keeps the token on this
 * device and removes it from the address bar, so it is not bookmarked, shared or logged
 * by accident. Returns the grant the link claims, if any.
 */
export function captureInvite(location: Location = window.location): Grant | undefined {
  const url = new URL(location.href);
  const token = url.searchParams.get(INVITE_PARAM);
  if (!token) return undefined;
  url.searchParams.delete(INVITE_PARAM);
  history.replaceState(null, '', url.pathname + url.search + url.hash);
  return saveGrant(token);
}
