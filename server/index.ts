import { CloseCodes } from '../shared/protocol/closeCodes.ts';
import { ownerLink } from './auth/ownerLink.ts';
import { resolveAuth, type ResolvedAuth } from './auth/resolveAuth.ts';
import { ConfigError, loadConfig, type ServerConfig } from './config.ts';
import { errorMessage, log } from './log.ts';
import { startServer } from './startServer.ts';

// Wiring only: configuration, start, and a graceful stop on SIGINT/SIGTERM.
function configOrExit(): ServerConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
}

function exitOnStartError(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  console.error(`Could not start the relay: ${errorMessage(error)}`);
  process.exit(1);
}

const config = configOrExit();
const auth: ResolvedAuth = await resolveAuth(config).catch(exitOnStartError);
if (auth.mode === 'off') {
  log('warn', 'auth-off', {
    message: 'AUTH=off: anyone who can reach this relay can read, edit and delete every document',
  });
}
const server = await startServer({ ...config, auth }).catch(exitOnStartError);

console.log(`Protocol editor running at ${server.url}`);
if (auth.mode === 'on') {
  console.log(
    `Owner link (keep it private): ${ownerLink(server.url, auth.secret, auth.ownerName)}`,
  );
}

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  log('info', 'shutting-down', { signal, closeCode: CloseCodes.shuttingDown.code });
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log('error', 'shutdown-failed', { error: errorMessage(error) });
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
