import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readGrantUnverified, splitToken } from '../../shared/auth/accessToken.ts';
import type { Grant } from '../../shared/auth/grant.ts';
import { mintGrant } from './mintGrant.ts';
import { signGrant, verifyToken } from './tokens.ts';

const SECRET = 'unit-test-secret-0123456789abcdefghij';
const NOW = 1_800_000_000;
const grant: Grant = {
  v: 1,
  lid: 'link-1',
  doc: 'doc-alpha',
  role: 'chair',
  partnership: 'SAB',
  name: 'Jo Reid',
  organisation: 'Sandwell SSCB',
  iat: NOW,
  exp: NOW + 60,
};

const replaceAt = (text: string, index: number, char: string) =>
  text.slice(0, index) + char + text.slice(index + 1);
const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

describe('signGrant / verifyToken', () => {
  it('round-trips a grant, which clients can read without the secret', () => {
    const token = signGrant(SECRET, grant);
    expect(verifyToken(SECRET, token, NOW)).toEqual({ ok: true, grant });
    expect(readGrantUnverified(token)).toEqual(grant);
  });

  it('refuses every single-character change of the payload and of the signature', () => {
    const token = signGrant(SECRET, grant);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const tampered = replaceAt(token, i, token[i] === 'A' ? 'B' : 'A');
      expect(verifyToken(SECRET, tampered, NOW).ok, `position ${i}`).toBe(false);
    }
  });

  it('refuses a non-canonical signature spelling (spare bits of the last character)', () => {
    const token = signGrant(SECRET, grant);
    const { payload, signature } = splitToken(token)!;
    const last = signature.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!;
    const result = verifyToken(SECRET, `${payload}.${signature.slice(0, -1)}${sibling}`, NOW);
    expect(result.ok).toBe(false);
  });

  it('refuses a token signed with another secret', () => {
    const token = signGrant('another-secret-0123456789abcdefghijk', grant);
    expect(verifyToken(SECRET, token, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('reports an expired token only once its signature verifies', () => {
    const token = signGrant(SECRET, grant);
    expect(verifyToken(SECRET, token, NOW + 59).ok).toBe(true);
    expect(verifyToken(SECRET, token, NOW + 60)).toEqual({ ok: false, reason: 'expired' });
    const forged = replaceAt(token, token.length - 5, 'x');
    expect(verifyToken(SECRET, forged, NOW + 60)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each([
    ['no dot', 'abcdef'],
    ['three parts', 'a.b.c'],
    ['an empty part', '.abc'],
    ['characters outside base64url', 'ab+c.de/f'],
  ])('refuses a malformed token: %s', (_name, token) => {
    expect(verifyToken(SECRET, token, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a well-signed payload that is not a grant', () => {
    const sign = (payload: string) =>
      `${payload}.${splitToken(signGrant(SECRET, grant))!.signature}`;
    expect(verifyToken(SECRET, sign(b64('{}')), NOW).ok).toBe(false);
    const notJson = signGrant(SECRET, grant).replace(/^[^.]+/, b64('not json'));
    expect(verifyToken(SECRET, notJson, NOW).ok).toBe(false);
    // Signed by the secret holder, but not a grant: still refused.
    const payload = b64(JSON.stringify({ ...grant, role: 'admin' }));
    const mac = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(verifyToken(SECRET, `${payload}.${mac}`, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});

describe('mintGrant', () => {
  it('issues a fresh random link id, now, expiring after the given days', () => {
    const init = {
      doc: 'doc-alpha',
      role: 'viewer' as const,
      name: 'Vi',
      organisation: 'Org',
      days: 30,
    };
    const a = mintGrant(init, NOW);
    const b = mintGrant(init, NOW);
    expect(a).toEqual({
      v: 1,
      lid: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      doc: 'doc-alpha',
      role: 'viewer',
      name: 'Vi',
      organisation: 'Org',
      iat: NOW,
      exp: NOW + 30 * 24 * 60 * 60,
    });
    expect(a.lid).not.toBe(b.lid);
    expect(mintGrant({ ...init, role: 'chair', partnership: 'SAB' }, NOW).partnership).toBe('SAB');
  });
});
