import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { socketOutcome } from '../support/connectWithToken.ts';
import { rejectedCount } from '../support/metricsText.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

describe('access refusals in /metrics', () => {
  let relay: TestServer;
  beforeEach(async () => {
    relay = await startTestServer({ auth: true });
  });
  afterEach(async () => {
    await relay.dispose();
  });

  it('counts a refused connection by its reason', async () => {
    const before = await rejectedCount(relay.url, 'unauthorized');
    const outcome = await socketOutcome(`${relay.wsUrl}/no-token-doc`);
    expect(outcome.code).toBe(CloseCodes.unauthorized.code);
    expect(await rejectedCount(relay.url, 'unauthorized')).toBe(before + 1);
  });
});
