import { describe, expect, it } from 'vitest';
import { DEFAULT_RELAY_LIMITS, readRelayLimits, resolveRelayLimits } from './RelayLimits.ts';

describe('readRelayLimits', () => {
  it('applies the defaults', () => {
    expect(readRelayLimits({})).toEqual({
      maxMessageBytes: 16 * 1024 * 1024,
      messagesPerSecond: 200,
      messagesBurst: 2000,
      bytesPerSecond: 4 * 1024 * 1024,
      bytesBurst: 32 * 1024 * 1024,
      maxConnectionsPerDocument: 100,
      maxConnections: 2000,
    });
  });

  it('reads every variable', () => {
    const limits = readRelayLimits({
      MAX_MESSAGE_BYTES: '1000',
      RATE_LIMIT_MESSAGES_PER_SECOND: '5',
      RATE_LIMIT_MESSAGES_BURST: '50',
      RATE_LIMIT_BYTES_PER_SECOND: '2000',
      RATE_LIMIT_BYTES_BURST: '4000',
      MAX_CONNECTIONS_PER_DOCUMENT: '3',
      MAX_CONNECTIONS: '9',
    });
    expect(limits).toEqual({
      maxMessageBytes: 1000,
      messagesPerSecond: 5,
      messagesBurst: 50,
      bytesPerSecond: 2000,
      bytesBurst: 4000,
      maxConnectionsPerDocument: 3,
      maxConnections: 9,
    });
  });

  it.each(['0', '-1', '1.5', '10k', ' 7'])('rejects MAX_CONNECTIONS=%j', (raw) => {
    expect(readRelayLimits({ MAX_CONNECTIONS: raw })).toEqual({
      error: `MAX_CONNECTIONS must be a positive integer, got ${JSON.stringify(raw)}`,
    });
  });

  it('rejects a byte burst that could never pass the largest frame', () => {
    expect(readRelayLimits({ MAX_MESSAGE_BYTES: String(64 * 1024 * 1024) })).toEqual({
      error: 'RATE_LIMIT_BYTES_BURST must be at least MAX_MESSAGE_BYTES',
    });
  });
});

describe('resolveRelayLimits', () => {
  it('keeps defaults for unset and undefined overrides', () => {
    expect(resolveRelayLimits({ maxConnections: 4, maxMessageBytes: undefined })).toEqual({
      ...DEFAULT_RELAY_LIMITS,
      maxConnections: 4,
    });
  });
});
