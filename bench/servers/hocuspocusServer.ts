// Hocuspocus with no extensions: documents in memory, every connection accepted.
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env.PORT),
  address: process.env.HOST,
  quiet: true,
  stopOnSignals: false,
});
await server.listen();
console.log(`hocuspocus running at ${process.env.PORT}`);
process.on('SIGTERM', () => void server.destroy().then(() => process.exit(0)));
