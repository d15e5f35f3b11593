import { readGrantUnverified } from '../../shared/auth/accessToken.ts';
import { ALL_DOCUMENTS, type Grant } from '../../shared/auth/grant.ts';

const STORAGE_KEY = 'protocol-editor.grants';

/** A stored access token with the grant it claims (verified by the relay, not here). */
export interface StoredGrant {
  token: string;
  grant: Grant;
}

function readAll(storage: Storage): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/**
 * Keeps an access token on this device, under the document it is for (or `*`), so the
 * person keeps working offline; the relay checks it again on every reconnect.
 * Returns the grant it claims, or undefined for a token that cannot be read.
 */
export function saveGrant(token: string, storage: Storage = localStorage): Grant | undefined {
  const grant = readGrantUnverified(token);
  if (!grant) return undefined;
  const all = readAll(storage);
  all[grant.doc] = token;
  storage.setItem(STORAGE_KEY, JSON.stringify(all));
  return grant;
}

/** The grant this device holds for a document: its own, else the workspace's. */
export function grantFor(docId: string, storage: Storage = localStorage): StoredGrant | undefined {
  const all = readAll(storage);
  for (const key of [docId, ALL_DOCUMENTS]) {
    const token = all[key];
    const grant = token ? readGrantUnverified(token) : undefined;
    if (token && grant) return { token, grant };
  }
  return undefined;
}

/** The workspace-wide grant (`*`), when this device has one. */
export function workspaceGrant(storage: Storage = localStorage): StoredGrant | undefined {
  const token = readAll(storage)[ALL_DOCUMENTS];
  const grant = token ? readGrantUnverified(token) : undefined;
  return token && grant ? { token, grant } : undefined;
}

/** Forgets a document's grant (after the relay said it was revoked or expired). */
export function forgetGrant(doc: string, storage: Storage = localStorage): void {
  const all = readAll(storage);
  delete all[doc];
  storage.setItem(STORAGE_KEY, JSON.stringify(all));
}
