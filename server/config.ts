import { isAbsolute, resolve } from 'node:path';
import { readAuthSettings, type AuthSettings } from './auth/authSettings.ts';
import { readRelayLimits, type RelayLimits } from './relay/limits/RelayLimits.ts';

/** Everything the relay needs to start; built by `loadConfig` or by tests directly. */
export interface ServerConfig {
  /** Interface to listen on. */
  host: string;
  /** TCP port; 0 picks a free port (tests). */
  port: number;
  /** Absolute directory of the on-disk document store. */
  dataDir: string;
  /** Absolute directory of the built client (index.html, assets/, sw.js). */
  staticDir: string;
  /** Interval of WebSocket ping/pong keepalive; defaults to 30 s. */
  keepaliveIntervalMs?: number;
  /** Update rows per document above which the store is compacted; defaults to 200. */
  compactAfterRows?: number;
  /** Authentication; absent means on, with the secret kept in `DATA_DIR/.auth-secret`. */
  auth?: AuthSettings;
  /** Frame size, rate and connection limits; unset ones take `DEFAULT_RELAY_LIMITS`. */
  limits?: Partial<RelayLimits>;
}

/** A configuration value was missing or malformed; the message says which and why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const REPO_ROOT = resolve(import.meta.dirname, '..');

/**
 * Reads HOST, PORT, DATA_DIR, STATIC_DIR and the auth variables (AUTH, AUTH_SECRET,
 * OWNER_NAME; see `readAuthSettings`) from `env`, applying defaults (127.0.0.1, 8420,
 * `./data` under `cwd`, `dist/client` under the repo root, auth on) and the relay limits
 * (MAX_MESSAGE_BYTES, RATE_LIMIT_*, MAX_CONNECTIONS*; see `readRelayLimits`).
 * Throws a `ConfigError` naming the variable when a value is invalid.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): ServerConfig {
  const host = parseHost(env.HOST);
  return {
    host,
    port: parsePort(env.PORT),
    dataDir: parseDir('DATA_DIR', env.DATA_DIR, cwd, resolve(cwd, 'data')),
    staticDir: parseDir('STATIC_DIR', env.STATIC_DIR, cwd, resolve(REPO_ROOT, 'dist/client')),
    auth: parseAuth(env, host),
    limits: parseLimits(env),
  };
}

function parseLimits(env: Record<string, string | undefined>): RelayLimits {
  const limits = readRelayLimits(env);
  if ('error' in limits) throw new ConfigError(limits.error);
  return limits;
}

function parseAuth(env: Record<string, string | undefined>, host: string): AuthSettings {
  const settings = readAuthSettings(env, host);
  if ('error' in settings) throw new ConfigError(settings.error);
  return settings;
}

function parseHost(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (/\s|\//.test(raw)) {
    throw new ConfigError(`HOST must be a host name or IP address, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8420;
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}

function parseDir(name: string, raw: string | undefined, cwd: string, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  if (raw.includes('\0')) throw new ConfigError(`${name} must be a directory path`);
  return isAbsolute(raw) ? raw : resolve(cwd, raw);
}
