import { CloseCodes } from '../shared/protocol/closeCodes.ts';
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

const server = await startServer(configOrExit()).catch((error: unknown) => {
  console.error(`Could not start the relay: ${errorMessage(error)}`);
  process.exit(1);
});

console.log(`Protocol editor running at ${server.url}`);

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
