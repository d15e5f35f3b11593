/** One structured log line of the relay (see server/log.ts). */
export type LogLine = Record<string, unknown> & { event: string };

/**
 * Records the JSON log lines an in-process relay writes to stderr from now until `stop()`,
 * still passing them through.
 */
export function captureLogs(): { lines: LogLine[]; stop(): void } {
  const lines: LogLine[] = [];
  const write = process.stderr.write;
  process.stderr.write = function (chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && chunk.startsWith('{')) {
      try {
        lines.push(JSON.parse(chunk) as LogLine);
      } catch {
        // Not one of the relay's lines.
      }
    }
    return (write as (...args: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
  } as typeof process.stderr.write;
  return { lines, stop: () => void (process.stderr.write = write) };
}
