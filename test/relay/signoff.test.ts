import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Grant } from '../../shared/auth/grant.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { readContent } from '../../shared/document/readContent.ts';
import { exportPath, signingKeysPath, signoffsPath } from '../../shared/protocol/paths.ts';
import { addPartnership, readRegister } from '../../shared/register/register.ts';
import { contentHash } from '../../shared/versions/contentHash.ts';
import { documentSignoff } from '../../shared/versions/signoff/documentSignoff.ts';
import {
  exportPublicKey,
  generateSigningKeyPair,
  keyFingerprint,
  signPayload,
} from '../../shared/versions/signoff/ecdsa.ts';
import type { KeyRegistration, PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import { addSignoff, signoffList } from '../../shared/versions/signoff/signoffStore.ts';
import { parseSignedVersionFile } from '../../shared/versions/signoff/signedVersionFile.ts';
import { verifySignedVersion } from '../../shared/versions/signoff/verifySignedVersion.ts';
import { signVersion } from '../../shared/versions/signoff/signVersion.ts';
import { restoreVersion } from '../../shared/versions/restoreVersion.ts';
import { readVersions, versionList } from '../../shared/versions/versionStore.ts';
import { apiCall, apiError } from '../support/apiCall.ts';
import type { ConnectedPeer } from '../support/connectProvider.ts';
import { connectWithToken } from '../support/connectWithToken.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import {
  registerChair,
  relayKeysOf,
  saveNamedVersion,
  sendSignoff,
  writeDraft,
} from '../support/chairSigning.ts';
import { readMetrics } from '../support/metricsText.ts';
import { waitFor } from '../support/waitFor.ts';

const DOC = 'joint-protocol';

describe('versions and sign-off through the relay', () => {
  let relay: TestServer;
  const peers: ConnectedPeer[] = [];
  const token = (role: Grant['role'], extra: Partial<Grant> = {}) =>
    relay.mint({ doc: DOC, role, ...extra });
  const connect = (t: string) => {
    const peer = connectWithToken(relay.wsUrl, DOC, t);
    peers.push(peer);
    return peer;
  };
  const synced = (peer: ConnectedPeer) =>
    waitFor(() => peer.provider.synced, { message: 'the provider to sync' });
  let relayKeys: Map<string, PublicKeyJwk>;
  const restoredCount = async () =>
    (await readMetrics(relay.url)).get('relay_signed_records_restored_total') ?? NaN;

  beforeEach(async () => {
    relay = await startTestServer({ auth: true });
    relayKeys = await relayKeysOf(relay, token('viewer'));
    const [fingerprint, publicKey] = [...relayKeys][0]!;
    expect(fingerprint).toBe(await keyFingerprint(publicKey));
  });
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.destroy();
    await relay.dispose();
  });

  /** An editor's document with two partnerships and some text, synced to the relay. */
  async function draft() {
    const editor = connect(token('editor', { name: 'Wendy Lowder' }));
    await synced(editor);
    writeDraft(editor.doc);
    return editor;
  }

  it('shows a version saved by one peer to the others, exactly as it was', async () => {
    const editor = await draft();
    const other = connect(token('viewer'));
    await synced(other);
    const id = await saveNamedVersion(editor.doc, '0.1');
    titleText(editor.doc).insert(0, 'Revised ');
    const seen = await waitFor(() => readVersions(other.doc).find((v) => v.id === id), {
      message: 'the version to reach the other peer',
    });
    expect(seen.label).toBe('0.1');
    expect(seen.author).toBe('Wendy Lowder');
    const late = connect(token('viewer'));
    await synced(late);
    expect(readVersions(late.doc).map((v) => v.label)).toEqual(['0.1']);
  });

  it('merges a restore made offline with edits made meanwhile', async () => {
    const editor = await draft();
    const colleague = connect(token('editor', { name: 'Sam Okafor' }));
    await synced(colleague);
    const v1 = await saveNamedVersion(editor.doc, '0.1');
    await waitFor(() => readVersions(colleague.doc).length === 1, { message: 'the version' });
    titleText(editor.doc).insert(0, 'Wrong ');
    await waitFor(() => titleText(colleague.doc).toString().startsWith('Wrong '), {
      message: 'the edit to reach the colleague',
    });

    editor.provider.disconnect();
    expect(restoreVersion(editor.doc, v1)).toBe(true);
    addPartnership(colleague.doc, { name: 'Community Safety Partnership', acronym: 'CSP' });
    titleText(colleague.doc).insert(titleText(colleague.doc).length, ' 2026');
    editor.provider.connect();

    await waitFor(
      async () =>
        (await contentHash(readContent(editor.doc))) ===
        (await contentHash(readContent(colleague.doc))),
      { message: 'both peers to converge' },
    );
    expect(titleText(editor.doc).toString()).toBe('Joint Working Protocol 2026');
    expect(readRegister(editor.doc).map((p) => p.acronym)).toEqual(['SAB', 'HWBB', 'CSP']);
  });

  it('records chairs’ sign-offs so every peer sees the version Final', async () => {
    const editor = await draft();
    const v1 = await saveNamedVersion(editor.doc, '1.0', true);
    const sab = await registerChair(relay, DOC, 'SAB', 'Ruth Ellison');
    const hwbb = await registerChair(relay, DOC, 'hwbb', 'Cllr Jo Marsh');
    const watcher = connect(token('viewer'));
    await synced(watcher);
    await waitFor(() => readVersions(watcher.doc).length === 1, { message: 'the version' });

    expect((await sendSignoff(relay, sab, watcher.doc, v1)).status).toBe(201);
    const partial = await waitFor(
      async () => {
        const state = await documentSignoff(watcher.doc, DOC, relayKeys);
        return state?.signedCount === 1 ? state : undefined;
      },
      { message: 'the first signature to arrive' },
    );
    expect(partial.final).toBe(false);
    expect(partial.partnerships.map((p) => p.status)).toEqual(['signed', 'awaiting']);

    expect((await sendSignoff(relay, hwbb, watcher.doc, v1)).status).toBe(201);
    const final = await waitFor(
      async () => {
        const state = await documentSignoff(editor.doc, DOC, relayKeys);
        return state?.final ? state : undefined;
      },
      { message: 'the editor to see the version Final' },
    );
    expect(final.partnerships).toMatchObject([
      { status: 'signed', signerName: 'Ruth Ellison' },
      { status: 'signed', signerName: 'Cllr Jo Marsh' },
    ]);
    expect(final.changedSince).toBe(false);

    // The relay's exports: the signed version checks out offline, and copies say Final.
    const viewer = token('viewer');
    const signedFile = await fetch(`${relay.url}${exportPath(DOC)}&version=1.0`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(signedFile.headers.get('content-disposition')).toContain('-1.0-signed.json');
    const parsed = parseSignedVersionFile(await signedFile.json());
    if (!parsed.ok) throw new Error(parsed.message);
    const report = await verifySignedVersion(parsed.file, new Set(relayKeys.keys()));
    expect(report).toMatchObject({ valid: true, state: { final: true } });
    const markdown = await fetch(`${relay.url}${exportPath(DOC, 'md')}`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(await markdown.text()).toContain('Final — version 1.0, signed for all 2 partnerships');
  });

  it('refuses sign-off by anyone but the partnership’s chair, and shows forged records invalid', async () => {
    const editor = await draft();
    const v1 = await saveNamedVersion(editor.doc, '1.0', true);
    const v0 = await saveNamedVersion(editor.doc, '0.9');
    const editorToken = token('editor', { name: 'Wendy Lowder' });
    const editorKeys = await generateSigningKeyPair();
    const publicKey = await exportPublicKey(editorKeys.publicKey);
    const post = (path: string, body: unknown, t = editorToken) =>
      apiCall(relay.url, path, { method: 'POST', token: t, body });

    // An editor may not register a key or send a sign-off.
    expect(await post(signingKeysPath(DOC), { publicKey })).toEqual(apiError(403, 'forbidden'));
    const sab = await registerChair(relay, DOC, 'SAB', 'Ruth Ellison');
    await waitFor(() => readVersions(editor.doc).length === 2, { message: 'versions' });
    const genuine = await signVersion(
      sab.keys.privateKey,
      sab.registration,
      readVersions(editor.doc)[0]!,
      new Date().toISOString(),
    );
    expect(await post(signoffsPath(DOC), { record: genuine })).toEqual(apiError(403, 'forbidden'));
    // A chair may not be registered for a partnership their access does not name.
    const stranger = token('chair', { partnership: 'YOT', name: 'Pat Doe' });
    expect(await post(signingKeysPath(DOC), { publicKey }, stranger)).toEqual(
      apiError(422, 'unknown-partnership'),
    );
    // The SAB chair cannot sign for HWBB, sign an unproposed version, or alter the record.
    const hwbbId = readRegister(editor.doc)[1]!.id;
    expect(
      await sendSignoff(relay, sab, editor.doc, v1, (r) => (r.payload.partnershipId = hwbbId)),
    ).toEqual(apiError(403, 'forbidden'));
    expect(await sendSignoff(relay, sab, editor.doc, v0)).toEqual(apiError(409, 'not-proposed'));
    expect(
      await sendSignoff(
        relay,
        sab,
        editor.doc,
        v1,
        (r) => (r.payload.contentHash = '0'.repeat(64)),
      ),
    ).toEqual(apiError(422, 'invalid-signoff'));

    // An editor writing a record straight into the document: a self-made registration,
    // and a copy of a genuine signature claimed for the other partnership.
    const selfMade: KeyRegistration['payload'] = {
      ...sab.registration.payload,
      partnershipId: hwbbId,
      signerName: 'Wendy Lowder',
      publicKey,
    };
    const forgedRegistration = {
      payload: selfMade,
      signature: await signPayload(editorKeys.privateKey, selfMade),
    };
    const forged = await signVersion(
      editorKeys.privateKey,
      forgedRegistration,
      readVersions(editor.doc)[0]!,
      new Date().toISOString(),
    );
    const stretched = structuredClone(genuine);
    stretched.payload.partnershipId = hwbbId;
    addSignoff(editor.doc, forged);
    addSignoff(editor.doc, stretched);

    const watcher = connect(token('viewer'));
    await synced(watcher);
    const state = await waitFor(
      async () => {
        const s = await documentSignoff(watcher.doc, DOC, relayKeys);
        return s?.partnerships[1]?.status === 'invalid' ? s : undefined;
      },
      { message: 'the forged records to reach the viewer' },
    );
    expect(state.partnerships.map((p) => p.status)).toEqual(['awaiting', 'invalid']);
    expect(state.signedCount).toBe(0);
  });

  it('puts back a sign-off record and its version when an editor deletes them, for everyone', async () => {
    const editor = await draft();
    const v1 = await saveNamedVersion(editor.doc, '1.0', true);
    const sab = await registerChair(relay, DOC, 'SAB', 'Ruth Ellison');
    expect((await sendSignoff(relay, sab, editor.doc, v1)).status).toBe(201);
    const signed = async (doc: Y.Doc) =>
      (await documentSignoff(doc, DOC, relayKeys))?.signedCount === 1;
    await waitFor(() => signed(editor.doc), { message: 'the signature to reach the editor' });
    // Everyone leaves, so the room is loaded again from disk for what follows.
    for (const peer of peers.splice(0)) peer.destroy();
    await waitFor(async () => (await readMetrics(relay.url)).get('relay_documents_loaded') === 0, {
      message: 'the room to leave memory',
    });

    const tamperer = connect(token('editor', { name: 'Wendy Lowder' }));
    const watcher = connect(token('viewer'));
    await Promise.all([synced(tamperer), synced(watcher)]);
    expect(await signed(watcher.doc)).toBe(true);
    const restoredBefore = await restoredCount();
    // What a changed client could send: the record and the version deleted outright.
    tamperer.doc.transact(() => {
      const [recordId] = signoffList(tamperer.doc).items.keys();
      signoffList(tamperer.doc).items.delete(recordId!);
      versionList(tamperer.doc).items.delete(v1);
    });
    expect(await signed(tamperer.doc)).toBe(false);

    await waitFor(async () => (await signed(tamperer.doc)) && (await signed(watcher.doc)), {
      message: 'both peers to see the signature again',
    });
    expect((await restoredCount()) - restoredBefore).toBe(2);
    const late = connect(token('viewer'));
    await synced(late);
    expect(await signed(late.doc)).toBe(true);
  });

  it('refuses sign-off when the relay runs without access control', async () => {
    const open = await startTestServer();
    try {
      const keys = await generateSigningKeyPair();
      const answer = await apiCall(open.url, signingKeysPath(DOC), {
        method: 'POST',
        body: { publicKey: await exportPublicKey(keys.publicKey) },
      });
      expect(answer).toEqual(apiError(409, 'signing-unavailable'));
    } finally {
      await open.dispose();
    }
  });
});
