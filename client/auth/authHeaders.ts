import { grantFor, workspaceGrant } from './grantStore.ts';

/** Authorization headers for a request about `docId` (or the workspace when omitted). */
export function authHeaders(docId?: string): Record<string, string> {
  const stored = docId ? grantFor(docId) : workspaceGrant();
  return stored ? { authorization: `Bearer ${stored.token}` } : {};
}
