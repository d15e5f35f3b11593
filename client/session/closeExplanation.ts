import { closeCodeName } from '../../shared/protocol/closeCodes.ts';

/** What to tell a person when the relay closed their document for good. */
export function closeExplanation(code: number, reason: string): string {
  switch (closeCodeName(code)) {
    case 'documentDeleted':
      return 'This document was deleted on the relay. Your copy on this device is kept read-only.';
    case 'unauthorized':
      return 'You need an access link to sync this document. Ask its owner for one; your changes stay on this device.';
    case 'tokenExpired':
      return 'Your access link has expired. Ask the document’s owner for a new one; your changes stay on this device.';
    case 'accessRevoked':
      return 'Your access to this document was revoked by its owner. Your changes stay on this device but will not sync.';
    case 'wrongDocument':
      return 'Your access link is for a different document. Ask the owner for a link to this one.';
    case 'readOnly':
      return 'You have a viewer link: you can read this document but your changes cannot be saved to it.';
    case 'invalidDocumentId':
      return 'This link is not a valid document address.';
    default:
      return `The relay closed this document (${reason || code}).`;
  }
}
