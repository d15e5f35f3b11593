import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Grant } from '../../shared/auth/grant.ts';
import { SIGNING_KEY_PATH } from '../../shared/protocol/paths.ts';
import { findPartnership } from '../../shared/register/findPartnership.ts';
import { readRegister } from '../../shared/register/register.ts';
import {
  isPublicKeyJwk,
  isSignoffRecord,
  type KeyRegistrationPayload,
  type SignoffRecord,
} from '../../shared/versions/signoff/signoffRecord.ts';
import { addSignoff } from '../../shared/versions/signoff/signoffStore.ts';
import { INVALID_REASON_TEXT, verifySignoff } from '../../shared/versions/signoff/verifySignoff.ts';
import { versionContent } from '../../shared/versions/signoff/versionContent.ts';
import { readVersions } from '../../shared/versions/versionStore.ts';
import type { AccessControl } from '../auth/AccessControl.ts';
import { decodeDocId } from '../decodeDocId.ts';
import type { Room } from '../relay/Room.ts';
import type { Rooms } from '../relay/Rooms.ts';
import type { RelayKey } from '../signing/relayKey.ts';
import { forbidUnless } from './authenticateRequest.ts';
import { readJsonBody } from './readJsonBody.ts';
import { sendJson, sendJsonError, type ApiErrorCode } from './sendJson.ts';

const SIGNOFF_PATH = /^\/api\/docs\/([^/]+)\/(signing-keys|signoffs)$/;
const BODY_LIMIT = 16 * 1024;
/** How far a signature's time may be from the relay's clock. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** What the sign-off routes need. */
export interface SignoffSources {
  rooms: Rooms;
  auth: AccessControl | 'off';
  relayKey: RelayKey;
}

type Answer = { status: number; body: unknown };

const refuse = (status: number, code: ApiErrorCode, message: string): Answer => ({
  status,
  body: { error: { code, message } },
});

/**
 * Routes `GET /api/signing-key` and, for chairs, `POST /api/docs/<doc>/signing-keys` (the
 * relay registers a key to the partnership the chair's access names) and
 * `POST /api/docs/<doc>/signoffs` (the relay checks a signed sign-off and records it in the
 * document). Resolves false when the path is not one of these.
 */
export async function signoffRoutes(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  grant: Grant | null,
  sources: SignoffSources,
): Promise<boolean> {
  const method = request.method ?? 'GET';
  if (path === SIGNING_KEY_PATH) {
    if (method !== 'GET') sendJsonError(response, 405, 'method-not-allowed', 'Use GET.');
    else {
      const { publicKey, fingerprint } = sources.relayKey;
      sendJson(response, 200, { publicKey, fingerprint });
    }
    return true;
  }
  const match = SIGNOFF_PATH.exec(path);
  if (!match) return false;
  if (method !== 'POST') {
    sendJsonError(response, 405, 'method-not-allowed', 'Use POST.');
    return true;
  }
  const docId = decodeDocId(match[1] ?? '');
  if (docId === undefined) {
    sendJsonError(response, 400, 'invalid-document-id', 'This is not a valid document id.');
    return true;
  }
  if (sources.auth === 'off' || grant === null) {
    sendJsonError(
      response,
      409,
      'signing-unavailable',
      'Sign-off needs access links: with AUTH=off the relay cannot tell who chairs which partnership.',
    );
    return true;
  }
  if (forbidUnless(response, grant, docId, 'sign')) return true;
  const body = await readJsonBody(request, BODY_LIMIT);
  if (!body.ok) {
    if (body.status === 413) response.setHeader('Connection', 'close');
    sendJsonError(response, body.status, body.code, body.message);
    return true;
  }
  const value = body.value as Record<string, unknown> | null;
  const handle = match[2] === 'signing-keys' ? registerKey : recordSignoff;
  const answer =
    (await sources.rooms.withRoom(docId, (room) =>
      handle(room, value ?? {}, grant, sources.relayKey),
    )) ?? refuse(410, 'document-deleted', 'This document was deleted.');
  sendJson(response, answer.status, answer.body);
  return true;
}

function chairsPartnership(room: Room, grant: Grant) {
  return findPartnership(readRegister(room.doc), grant.partnership ?? '');
}

function unknownPartnership(grant: Grant): Answer {
  return refuse(
    422,
    'unknown-partnership',
    `Your access is to sign for “${grant.partnership ?? ''}”, which is not in this document’s register.`,
  );
}

/** `{ publicKey }` → 201 `{ registration }`, signed by the relay. */
async function registerKey(
  room: Room,
  body: Record<string, unknown>,
  grant: Grant,
  relayKey: RelayKey,
): Promise<Answer> {
  if (!isPublicKeyJwk(body.publicKey)) {
    return refuse(400, 'invalid-body', 'publicKey must be an EC P-256 public key (JWK).');
  }
  const partnership = chairsPartnership(room, grant);
  if (!partnership) return unknownPartnership(grant);
  const { kty, crv, x, y } = body.publicKey;
  const payload: KeyRegistrationPayload = {
    kind: 'protocol-key-registration',
    v: 1,
    docId: room.docId,
    partnershipId: partnership.id,
    partnershipName: partnership.name,
    signerName: grant.name,
    organisation: grant.organisation,
    publicKey: { kty, crv, x, y },
    registeredAt: new Date().toISOString(),
    relayKey: relayKey.fingerprint,
  };
  return {
    status: 201,
    body: { registration: { payload, signature: await relayKey.sign(payload) } },
  };
}

/** `{ record }` → 201 `{ record }` once checked and added to the document. */
async function recordSignoff(
  room: Room,
  body: Record<string, unknown>,
  grant: Grant,
  relayKey: RelayKey,
): Promise<Answer> {
  if (!isSignoffRecord(body.record)) {
    return refuse(400, 'invalid-body', 'record must be a sign-off record.');
  }
  const record: SignoffRecord = body.record;
  const { payload, registration } = record;
  const partnership = chairsPartnership(room, grant);
  if (!partnership) return unknownPartnership(grant);
  if (payload.partnershipId !== partnership.id) {
    return refuse(403, 'forbidden', `Your access is to sign for ${partnership.name} only.`);
  }
  if (
    registration.payload.signerName !== grant.name ||
    registration.payload.organisation !== grant.organisation
  ) {
    return refuse(403, 'forbidden', 'This key is registered to someone else.');
  }
  const version = readVersions(room.doc).find((v) => v.id === payload.versionId);
  if (!version) return refuse(404, 'version-not-found', 'No such version in this document.');
  if (!version.proposedAt) {
    return refuse(
      409,
      'not-proposed',
      `Version ${version.label} has not been proposed for sign-off.`,
    );
  }
  if (Math.abs(Date.parse(payload.signedAt) - Date.now()) > CLOCK_SKEW_MS || !payload.signedAt) {
    return refuse(422, 'invalid-signoff', 'The time of signing must be now.');
  }
  const rebuilt = await versionContent(room.doc, version.id);
  if (!rebuilt) return refuse(404, 'version-not-found', 'This version cannot be rebuilt.');
  const verdict = await verifySignoff(record, {
    docId: room.docId,
    version: { id: version.id, label: version.label, contentHash: rebuilt.hash },
    relayKeys: new Map([[relayKey.fingerprint, relayKey.publicKey]]),
  });
  if (!verdict.valid) {
    return refuse(
      422,
      'invalid-signoff',
      `This signature is not valid: ${INVALID_REASON_TEXT[verdict.reason]}.`,
    );
  }
  room.doc.transact(() => addSignoff(room.doc, record));
  // Kept from now on: nobody who can edit can delete or change it, or its version.
  await room.signedRecords.find();
  return { status: 201, body: { record } };
}
