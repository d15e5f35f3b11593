import type { ServerResponse } from 'node:http';
import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import type { AccessControl } from '../auth/AccessControl.ts';
import { sendJson } from './sendJson.ts';

/** One entry of `GET /api/docs/<doc>/access`. */
export interface AccessEntry {
  lid: string;
  role: string;
  partnership?: string;
  name: string;
  organisation: string;
  iat: number;
  exp: number;
  revoked: boolean;
  firstSeenAt?: string;
  lastSeenAt?: string;
  /** Created through the API; false for links from the CLI or the start-up owner link. */
  minted: boolean;
}

const WORKSPACE_NOTE =
  'Workspace owner links (doc "*") cover this document too; they are listed at /api/docs/*/access.';

/**
 * Answers `GET /api/docs/<doc>/access`: every link recorded for the document (created here,
 * or seen in use), oldest first, with whether it is revoked. With auth off: no links.
 */
export async function accessListRoute(
  response: ServerResponse,
  doc: string,
  access: AccessControl | 'off',
): Promise<void> {
  if (access === 'off') {
    sendJson(response, 200, { grants: [], auth: 'off' });
    return;
  }
  const grants: AccessEntry[] = (await access.grants.list(doc))
    .map(({ grant, minted, firstSeenAt, lastSeenAt }) => ({
      lid: grant.lid,
      role: grant.role,
      partnership: grant.partnership,
      name: grant.name,
      organisation: grant.organisation,
      iat: grant.iat,
      exp: grant.exp,
      revoked: access.isRevoked(grant.lid),
      firstSeenAt,
      lastSeenAt,
      minted,
    }))
    .sort((a, b) => a.iat - b.iat || a.lid.localeCompare(b.lid));
  sendJson(response, 200, doc === ALL_DOCUMENTS ? { grants } : { grants, note: WORKSPACE_NOTE });
}
