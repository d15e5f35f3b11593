import type { Grant } from '../../shared/auth/grant.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { API_PATH } from '../../shared/protocol/paths.ts';
import { authHeaders } from '../auth/authHeaders.ts';

/** A grant as the owner's access list shows it. */
export interface AccessEntry {
  lid: string;
  role: Role;
  partnership?: string;
  name: string;
  organisation: string;
  iat: number;
  exp: number;
  revoked: boolean;
  minted: boolean;
  firstSeenAt?: number | string;
  lastSeenAt?: number | string;
}

/** What the owner fills in to invite someone. */
export interface InviteRequest {
  role: Role;
  name: string;
  organisation: string;
  partnership?: string;
  days: number;
}

async function call<T>(docId: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_PATH}/docs/${encodeURIComponent(docId)}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...authHeaders(docId), ...(init.headers ?? {}) },
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!response.ok)
    throw new Error(body.error?.message ?? `The relay answered ${response.status}.`);
  return body as T;
}

/** Mints an access link for one person (or group) and role. */
export function createInvite(docId: string, invite: InviteRequest) {
  return call<{ lid: string; link: string; token: string; grant: Grant }>(docId, '/invites', {
    method: 'POST',
    body: JSON.stringify(invite),
  });
}

/** Everyone with access to the document: links minted and links seen in use. */
export async function listAccess(docId: string): Promise<AccessEntry[]> {
  return (await call<{ grants: AccessEntry[] }>(docId, '/access')).grants;
}

/** Revokes one link: its holders are disconnected and refused from now on. */
export function revokeLink(docId: string, lid: string): Promise<void> {
  return call<void>(docId, `/invites/${encodeURIComponent(lid)}`, { method: 'DELETE' });
}

/** Revokes every link held by one person. */
export function revokePerson(docId: string, name: string, organisation: string) {
  return call<{ revoked: string[] }>(docId, '/revoke-person', {
    method: 'POST',
    body: JSON.stringify({ name, organisation }),
  });
}
