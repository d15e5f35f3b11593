import * as Y from 'yjs';

/**
 * Test helper: two peers exchange what each lacks, both ways, as a relay would deliver it.
 * (Used by tests of concurrent editing; no product code imports it.)
 */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
