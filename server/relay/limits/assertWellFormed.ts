import * as Y from 'yjs';

/**
 * Throws unless `update` decodes completely as a Yjs update. `Y.applyUpdate` integrates the
 * structs before it reads the delete set, so an update cut off (or corrupted) after its
 * structs would otherwise be half applied, broadcast and stored before the error surfaced.
 */
export function assertWellFormedUpdate(update: Uint8Array): void {
  Y.decodeUpdate(update);
}
