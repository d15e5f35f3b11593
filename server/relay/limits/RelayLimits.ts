const MiB = 1024 * 1024;

/** What one client and one relay may use; see `readRelayLimits` for the variables. */
export interface RelayLimits {
  /** Largest frame accepted; a larger one closes the connection with `messageTooBig`. */
  maxMessageBytes: number;
  /** Frames per second a connection may send on average… */
  messagesPerSecond: number;
  /** …and in one burst. */
  messagesBurst: number;
  /** Payload bytes per second a connection may send on average… */
  bytesPerSecond: number;
  /** …and in one burst; at least `maxMessageBytes`, or the largest frames never pass. */
  bytesBurst: number;
  /** Open connections per document. */
  maxConnectionsPerDocument: number;
  /** Open connections across the relay. */
  maxConnections: number;
}

/**
 * Generous for a real client (a large protocol's first sync is several MB; replaying an
 * offline session sends a few thousand updates at once), fatal for a flood.
 */
export const DEFAULT_RELAY_LIMITS: RelayLimits = {
  maxMessageBytes: 16 * MiB,
  messagesPerSecond: 200,
  messagesBurst: 2000,
  bytesPerSecond: 4 * MiB,
  bytesBurst: 32 * MiB,
  maxConnectionsPerDocument: 100,
  maxConnections: 2000,
};

/** The environment variable of each limit. */
export const RELAY_LIMIT_VARIABLES: Record<keyof RelayLimits, string> = {
  maxMessageBytes: 'MAX_MESSAGE_BYTES',
  messagesPerSecond: 'RATE_LIMIT_MESSAGES_PER_SECOND',
  messagesBurst: 'RATE_LIMIT_MESSAGES_BURST',
  bytesPerSecond: 'RATE_LIMIT_BYTES_PER_SECOND',
  bytesBurst: 'RATE_LIMIT_BYTES_BURST',
  maxConnectionsPerDocument: 'MAX_CONNECTIONS_PER_DOCUMENT',
  maxConnections: 'MAX_CONNECTIONS',
};

/**
 * Reads the limits from `env` (`RELAY_LIMIT_VARIABLES`), each a positive integer, with
 * `DEFAULT_RELAY_LIMITS` for those unset. Returns `{ error }` naming a bad variable, or
 * when the byte burst could never let the largest frame through.
 */
export function readRelayLimits(
  env: Record<string, string | undefined>,
): RelayLimits | { error: string } {
  const limits = { ...DEFAULT_RELAY_LIMITS };
  for (const key of Object.keys(RELAY_LIMIT_VARIABLES) as Array<keyof RelayLimits>) {
    const name = RELAY_LIMIT_VARIABLES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < 1) {
      return { error: `${name} must be a positive integer, got ${JSON.stringify(raw)}` };
    }
    limits[key] = value;
  }
  if (limits.bytesBurst < limits.maxMessageBytes) {
    return { error: 'RATE_LIMIT_BYTES_BURST must be at least MAX_MESSAGE_BYTES' };
  }
  return limits;
}

/** `DEFAULT_RELAY_LIMITS` with the values `overrides` sets (undefined ones ignored). */
export function resolveRelayLimits(overrides: Partial<RelayLimits> = {}): RelayLimits {
  const defined = Object.entries(overrides).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_RELAY_LIMITS, ...Object.fromEntries(defined) };
}
