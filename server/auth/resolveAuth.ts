import { ConfigError, type ServerConfig } from '../config.ts';
import { errorMessage } from '../log.ts';
import { authOffRefusedMessage, missingSecretMessage } from './authSettings.ts';
import { isLoopbackHost } from './isLoopbackHost.ts';
import { readOrCreateSecretFile } from './secretFile.ts';

/** Authentication as the relay runs it: off, or on with the secret in hand. */
export type ResolvedAuth = { mode: 'off' } | { mode: 'on'; secret: string; ownerName?: string };

/**
 * Settles `config.auth` (absent means on): takes the configured secret, or reads (creating
 * it on first start) `DATA_DIR/.auth-secret`. Re-checks the loopback rule, so a config built
 * by hand cannot open an unauthenticated relay to the network. Throws a `ConfigError`.
 */
export async function resolveAuth(config: ServerConfig): Promise<ResolvedAuth> {
  const settings = config.auth ?? { mode: 'on' };
  const loopback = isLoopbackHost(config.host);
  if (settings.mode === 'off') {
    if (!loopback) throw new ConfigError(authOffRefusedMessage(config.host));
    return settings;
  }
  const { ownerName } = settings;
  if (settings.secret !== undefined) return { mode: 'on', secret: settings.secret, ownerName };
  if (!loopback) throw new ConfigError(missingSecretMessage(config.host));
  try {
    return { mode: 'on', secret: await readOrCreateSecretFile(config.dataDir), ownerName };
  } catch (error) {
    throw new ConfigError(`Could not read or create the auth secret: ${errorMessage(error)}`);
  }
}
