import { parseArgs } from 'node:util';
import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import { ROLE_LABEL, isRole } from '../../shared/auth/roles.ts';
import { isValidDocId } from '../../shared/protocol/docId.ts';
import type { GrantInit } from '../auth/mintGrant.ts';
import { validateInvite } from '../auth/validateInvite.ts';

/** How to call the invite CLI. */
export const INVITE_USAGE = `Usage: npm run invite -- <docId|*> --role <owner|editor|chair|viewer>
         [--partnership <acronym>] (required for a chair)
         [--name "Jo Reid"] [--organisation "Sandwell SSCB"]
         [--days 30] (1–365) [--base-url http://127.0.0.1:8420]
Prints an access link signed with AUTH_SECRET or DATA_DIR/.auth-secret.
<docId> * (every document) is for the owner role only.`;

/** What the CLI was asked for, or why the arguments are wrong (or a request for help). */
export type InviteArgs =
  | { ok: true; init: GrantInit; baseUrl?: string }
  | { ok: false; help: true }
  | { ok: false; help?: false; message: string };

const fail = (message: string): InviteArgs => ({ ok: false, message });

/**
 * Parses `<docId> --role … [--partnership …] [--name …] [--organisation …] [--days …]
 * [--base-url …]` into a grant to mint, with the same rules as the invites API. An
 * owner's name defaults to OWNER_NAME or "Owner", anyone else's to their role.
 */
export function parseInviteArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): InviteArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        role: { type: 'string' },
        partnership: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        days: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: false, help: true };
  if (positionals.length !== 1)
    return fail('give exactly one document id (or * for every document)');
  const doc = positionals[0] ?? '';
  if (doc !== ALL_DOCUMENTS && !isValidDocId(doc)) {
    return fail(`${JSON.stringify(doc)} is not a valid document id (3–64 letters, digits, - or _)`);
  }
  if (values.role === undefined) return fail('--role is required');
  const days =
    values.days === undefined ? undefined : /^\d+$/.test(values.days) ? Number(values.days) : NaN;
  const checked = validateInvite(
    {
      role: values.role,
      name: values.name ?? defaultName(values.role, values.partnership, env),
      organisation: values.organisation,
      partnership: values.partnership,
      days,
    },
    doc,
  );
  if (!checked.ok)
    return fail(checked.message.replace(/^(role|name|organisation|partnership|days) /, '--$1 '));
  const baseUrl = values['base-url'];
  if (baseUrl === undefined) return { ok: true, init: checked.init };
  const origin = baseOrigin(baseUrl);
  return origin
    ? { ok: true, init: checked.init, baseUrl: origin }
    : fail(`--base-url must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
}

function defaultName(
  role: string,
  partnership: string | undefined,
  env: Record<string, string | undefined>,
): string {
  if (role === 'owner') return env.OWNER_NAME?.trim() || 'Owner';
  const label = isRole(role) ? ROLE_LABEL[role] : role;
  return partnership ? `${partnership} ${label}` : label;
}

function baseOrigin(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
