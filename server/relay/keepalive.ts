import type { Connection } from './Connection.ts';

/**
 * Pings every connection each `intervalMs` and terminates those that did not answer the
 * previous ping, so half-open sockets (a laptop lid closed) do not hold rooms open forever.
 * Returns a function that stops the timer.
 */
export function keepalive(connections: Iterable<Connection>, intervalMs: number): () => void {
  const timer = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
