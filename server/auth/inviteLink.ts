import { INVITE_PARAM } from '../../shared/auth/accessToken.ts';
import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';

/**
 * The link a person opens to accept an invitation: `<origin>/d/<doc>?access=<token>`, or
 * `<origin>/?access=<token>` for a workspace (`*`) link.
 */
export function inviteLink(origin: string, doc: string, token: string): string {
  const base = origin.replace(/\/+$/, '');
  const page = doc === ALL_DOCUMENTS ? '/' : `${DOC_PAGE_PATH}/${encodeURIComponent(doc)}`;
  return `${base}${page}?${INVITE_PARAM}=${token}`;
}
