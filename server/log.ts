/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Extra structured fields carried by a log line. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/**
 * Writes one structured JSON log line to stderr, so stdout stays free for the
 * startup line that scripts and tests wait for.
 */
export function log(level: LogLevel, event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  process.stderr.write(line + '\n');
}

/** The message of an unknown thrown value, for logs and health reports. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
