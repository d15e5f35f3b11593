import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import { inviteLink } from './inviteLink.ts';
import { mintGrant } from './mintGrant.ts';
import { signGrant } from './tokens.ts';

/** How long the owner link printed at start stays valid. */
export const OWNER_LINK_DAYS = 365;

/**
 * A fresh owner link for the whole workspace (`doc: '*'`, role owner, 365 days), printed
 * at start so whoever runs the relay can open it and invite others.
 */
export function ownerLink(origin: string, secret: string, ownerName = 'Owner'): string {
  const grant = mintGrant({
    doc: ALL_DOCUMENTS,
    role: 'owner',
    name: ownerName,
    organisation: '',
    days: OWNER_LINK_DAYS,
  });
  return inviteLink(origin, ALL_DOCUMENTS, signGrant(secret, grant));
}
