// The reference y-websocket server (@y/websocket-server), started the way its own
// src/server.js starts it: a plain http server whose upgrades go to `setupWSConnection`.
// With PERSIST_DIR it persists through y-leveldb, bound exactly as the package's own
// YPERSISTENCE option does (load, store every update); SIGTERM waits for pending writes.
import { createServer } from 'node:http';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';

const persistDir = process.env.PERSIST_DIR;
const ldb = persistDir ? new LeveldbPersistence(persistDir) : undefined;
if (ldb) {
  setPersistence({
    provider: ldb,
    bindState: async (docName, ydoc) => {
      const persisted = await ldb.getYDoc(docName);
      void ldb.storeUpdate(docName, Y.encodeStateAsUpdate(ydoc));
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(persisted));
      ydoc.on('update', (update: Uint8Array) => void ldb.storeUpdate(docName, update));
    },
    writeState: async () => undefined,
  });
}

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(Number(process.env.PORT), process.env.HOST, () => {
  console.log(`reference y-websocket server running at ${process.env.PORT}`);
});
process.on('SIGTERM', () => {
  // destroy() closes the database after every queued write has finished.
  void (ldb?.destroy() ?? Promise.resolve()).then(() => process.exit(0));
});
