import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import { ROLES, isRole } from '../../shared/auth/roles.ts';
import type { GrantInit } from './mintGrant.ts';

/** Default and bounds of an invitation's lifetime, in days. */
export const INVITE_DAYS = { default: 30, min: 1, max: 365 } as const;

const MAX_NAME = 100;
const MAX_ORGANISATION = 200;
const MAX_PARTNERSHIP = 64;

/** The outcome of `validateInvite`: a grant to mint, or what is wrong with the request. */
export type InviteCheck = { ok: true; init: GrantInit } | { ok: false; message: string };

const fail = (message: string): InviteCheck => ({ ok: false, message });
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Checks an invitation request `{ role, name, organisation?, partnership?, days? }` for
 * document `doc` (or `*`, owners only): a known role, a name, a partnership for a chair
 * and for no one else, 1–365 days (default 30). Strings are trimmed.
 */
export function validateInvite(input: unknown, doc: string): InviteCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('The request body must be a JSON object.');
  }
  const body = input as Record<string, unknown>;
  if (!isRole(body.role)) {
    return fail(`role must be one of ${ROLES.join(', ')}; got ${JSON.stringify(body.role)}.`);
  }
  const role = body.role;
  if (doc === ALL_DOCUMENTS && role !== 'owner') {
    return fail('A link to every document (*) can only be for the owner role.');
  }
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (!name) return fail('name is required: the person the link is for.');
  if (name.length > MAX_NAME) return fail(`name must be at most ${MAX_NAME} characters.`);
  if (!isBlank(body.organisation) && typeof body.organisation !== 'string') {
    return fail('organisation must be a string.');
  }
  const organisation = typeof body.organisation === 'string' ? body.organisation.trim() : '';
  if (organisation.length > MAX_ORGANISATION) {
    return fail(`organisation must be at most ${MAX_ORGANISATION} characters.`);
  }
  const partnership = typeof body.partnership === 'string' ? body.partnership.trim() : '';
  if (!isBlank(body.partnership) && typeof body.partnership !== 'string') {
    return fail('partnership must be a string.');
  }
  if (role === 'chair' && !partnership) {
    return fail('partnership is required for a chair: the partnership they sign for.');
  }
  if (role !== 'chair' && partnership) return fail('partnership applies only to a chair.');
  if (partnership.length > MAX_PARTNERSHIP) {
    return fail(`partnership must be at most ${MAX_PARTNERSHIP} characters.`);
  }
  const days = isBlank(body.days) ? INVITE_DAYS.default : body.days;
  if (
    typeof days !== 'number' ||
    !Number.isInteger(days) ||
    days < INVITE_DAYS.min ||
    days > INVITE_DAYS.max
  ) {
    return fail(`days must be a whole number from ${INVITE_DAYS.min} to ${INVITE_DAYS.max}.`);
  }
  const init: GrantInit = { doc, role, name, organisation, days };
  if (role === 'chair') init.partnership = partnership;
  return { ok: true, init };
}
