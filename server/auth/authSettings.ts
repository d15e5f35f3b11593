import { isLoopbackHost } from './isLoopbackHost.ts';

/** The shortest AUTH_SECRET the relay accepts. */
export const MIN_SECRET_LENGTH = 32;

/**
 * How the relay authenticates. `on` without a `secret` means "the one kept in
 * `DATA_DIR/.auth-secret`", generated on first start (loopback hosts only). `off` accepts
 * every connection and request without a token (development and tests; loopback only).
 */
export type AuthSettings =
  | { mode: 'off' }
  | {
      mode: 'on';
      /** The HMAC key tokens are signed with; never sent or logged. */
      secret?: string;
      /** Name on the owner link printed at start; default "Owner". */
      ownerName?: string;
    };

/** The message when a non-loopback host has no AUTH_SECRET. */
export function missingSecretMessage(host: string): string {
  return (
    `Refusing to listen on ${host} without AUTH_SECRET: ` +
    `set AUTH_SECRET (${MIN_SECRET_LENGTH}+ characters) or bind to 127.0.0.1`
  );
}

/** The message when AUTH=off is asked for on a non-loopback host. */
export function authOffRefusedMessage(host: string): string {
  return (
    `Refusing to listen on ${host} with AUTH=off: authentication can only be turned off ` +
    `on a loopback address (127.0.0.1, ::1, localhost)`
  );
}

/**
 * Reads AUTH (`on` by default, or `off`), AUTH_SECRET and OWNER_NAME for a relay bound to
 * `host`. Returns the settings, or `{ error }` saying what is wrong: a short secret, an
 * unknown AUTH value, AUTH=off or a generated secret on a host others can reach.
 */
export function readAuthSettings(
  env: Record<string, string | undefined>,
  host: string,
): AuthSettings | { error: string } {
  const mode = env.AUTH === undefined || env.AUTH === '' ? 'on' : env.AUTH.toLowerCase();
  if (mode === 'off') {
    return isLoopbackHost(host) ? { mode: 'off' } : { error: authOffRefusedMessage(host) };
  }
  if (mode !== 'on')
    return { error: `AUTH must be "on" or "off", got ${JSON.stringify(env.AUTH)}` };
  const ownerName = env.OWNER_NAME?.trim() || undefined;
  const secret = env.AUTH_SECRET;
  if (secret === undefined || secret === '') {
    return isLoopbackHost(host) ? { mode: 'on', ownerName } : { error: missingSecretMessage(host) };
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return { error: `AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long` };
  }
  return { mode: 'on', secret, ownerName };
}
