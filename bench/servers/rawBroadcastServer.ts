// The ceiling: plain `ws` that forwards every binary message to the other sockets of the
// same path, unread. No document, no persistence, no auth: what fan-out costs at the least.
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ noServer: true });
const server = createServer((_request, response) => response.end('okay'));
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => {
    const path = request.url ?? '/';
    const room = rooms.get(path) ?? new Set<WebSocket>();
    rooms.set(path, room);
    room.add(ws);
    ws.on('message', (data, isBinary) => {
      for (const peer of room) if (peer !== ws) peer.send(data, { binary: isBinary });
    });
    ws.on('close', () => {
      room.delete(ws);
      if (room.size === 0) rooms.delete(path);
    });
  });
});
server.listen(Number(process.env.PORT), process.env.HOST, () => {
  console.log(`raw ws broadcast running at ${process.env.PORT}`);
});
process.on('SIGTERM', () => process.exit(0));
