import { describe, expect, it } from 'vitest';
import { titleText } from '../../document/docFields.ts';
import { readRegister } from '../../register/register.ts';
import { documentSignoff } from './documentSignoff.ts';
import type { SignoffRecord } from './signoffRecord.ts';
import { signoffStatusLine } from './signoffState.ts';
import { addSignoff, proposeForSignoff } from './signoffStore.ts';
import { parseSignedVersionFile, signedVersionFile } from './signedVersionFile.ts';
import { verifySignedVersion } from './verifySignedVersion.ts';
import { verifySignoff, type SignoffContext } from './verifySignoff.ts';
import {
  SIGNING_DOC,
  authority,
  barnsley,
  registeredChair,
  savedVersion,
  sign,
} from '../../testing/signingFixture.ts';

const DOC = SIGNING_DOC;

describe('a single signature', () => {
  it('is valid from a registered key, and invalid after any tampering', async () => {
    const relay = await authority();
    const doc = barnsley();
    const [first, second] = readRegister(doc);
    const version = await savedVersion(doc, '1.0');
    const chair = await registeredChair(relay, first!.id, 'Bob Dyson');
    const record = await sign(chair, version);
    const context: SignoffContext = {
      docId: DOC,
      version,
      relayKeys: new Map([[relay.fingerprint, relay.publicKey]]),
    };
    const check = (r: SignoffRecord, c: SignoffContext = context) => verifySignoff(r, c);
    const edit = (change: (copy: SignoffRecord) => void): SignoffRecord => {
      const copy = structuredClone(record);
      change(copy);
      return copy;
    };

    expect(await check(record)).toEqual({ valid: true });
    // Changed content: the version no longer hashes to what was signed.
    expect(
      await check(record, { ...context, version: { ...version, contentHash: 'f'.repeat(64) } }),
    ).toEqual({
      valid: false,
      reason: 'content-changed',
    });
    // Changed signer, with and without the registration changed to match.
    expect(await check(edit((r) => (r.payload.signerName = 'Someone Else')))).toMatchObject({
      valid: false,
      reason: 'wrong-signer',
    });
    expect(
      await check(
        edit((r) => {
          r.payload.signerName = 'Someone Else';
          r.registration.payload.signerName = 'Someone Else';
        }),
      ),
    ).toMatchObject({ valid: false, reason: 'unregistered-key' });
    // Copied to another version: as it stands, and with its version id rewritten.
    const other = { id: 'v_other', label: '1.1', contentHash: version.contentHash };
    expect(await check(record, { ...context, version: other })).toMatchObject({
      valid: false,
      reason: 'other-version',
    });
    expect(
      await check(
        edit((r) => {
          r.payload.versionId = other.id;
          r.payload.label = other.label;
        }),
        { ...context, version: other },
      ),
    ).toMatchObject({ valid: false, reason: 'bad-signature' });
    // Claimed for another partnership with a key registered to the first.
    expect(await check(edit((r) => (r.payload.partnershipId = second!.id)))).toMatchObject({
      valid: false,
      reason: 'wrong-partnership',
    });
    // Another document.
    expect(await check(record, { ...context, docId: 'other-doc' })).toMatchObject({
      valid: false,
      reason: 'wrong-document',
    });
  });

  it('does not count from a key no trusted relay registered', async () => {
    const relay = await authority();
    const forger = await authority();
    const doc = barnsley();
    const version = await savedVersion(doc, '1.0');
    const partnershipId = readRegister(doc)[0]!.id;
    const selfRegistered = await registeredChair(forger, partnershipId, 'Bob Dyson');
    const relayKeys = new Map([[relay.fingerprint, relay.publicKey]]);
    expect(
      await verifySignoff(await sign(selfRegistered, version), { docId: DOC, version, relayKeys }),
    ).toEqual({ valid: false, reason: 'unregistered-key' });
    // Even naming the trusted relay's fingerprint does not help: the relay's signature fails.
    selfRegistered.registration.payload.relayKey = relay.fingerprint;
    expect(
      await verifySignoff(await sign(selfRegistered, version), { docId: DOC, version, relayKeys }),
    ).toEqual({ valid: false, reason: 'unregistered-key' });
  });
});

describe('a document’s sign-off', () => {
  it('is Final when every partnership signed, and says so when edited afterwards', async () => {
    const relay = await authority();
    const relayKeys = new Map([[relay.fingerprint, relay.publicKey]]);
    const doc = barnsley();
    const partnerships = readRegister(doc);
    expect(partnerships.length).toBeGreaterThan(1);
    const version = await savedVersion(doc, '1.0');
    expect(await documentSignoff(doc, DOC, relayKeys)).toBeUndefined();
    proposeForSignoff(doc, version.id, '2026-11-22T08:30:00Z');

    const awaiting = (await documentSignoff(doc, DOC, relayKeys))!;
    expect(awaiting.partnerships.map((p) => p.status)).toEqual(partnerships.map(() => 'awaiting'));
    expect(signoffStatusLine(awaiting)).toBe(
      `Draft — 1.0 awaiting sign-off (0 of ${partnerships.length} signed)`,
    );

    for (const [index, partnership] of partnerships.entries()) {
      const chair = await registeredChair(relay, partnership.id, `Chair ${index}`);
      addSignoff(doc, await sign(chair, version));
    }
    const final = (await documentSignoff(doc, DOC, relayKeys))!;
    expect(final.final).toBe(true);
    expect(final.changedSince).toBe(false);
    expect(signoffStatusLine(final)).toBe(
      `Final — version 1.0, signed for all ${partnerships.length} partnerships`,
    );

    titleText(doc).insert(0, 'Amended ');
    const changed = (await documentSignoff(doc, DOC, relayKeys))!;
    expect(changed.final).toBe(true);
    expect(signoffStatusLine(changed)).toBe('Draft — changed since 1.0 (signed)');
  });

  it('shows a forged or stretched record as invalid, never as signed', async () => {
    const relay = await authority();
    const relayKeys = new Map([[relay.fingerprint, relay.publicKey]]);
    const doc = barnsley();
    const [first, second] = readRegister(doc);
    const v09 = await savedVersion(doc, '0.9');
    const chair = await registeredChair(relay, first!.id, 'Bob Dyson');
    const early = await sign(chair, v09);
    titleText(doc).insert(0, 'Amended ');
    const v10 = await savedVersion(doc, '1.0');
    proposeForSignoff(doc, v10.id, '2026-11-22T08:30:00Z');

    // An editor's own "registration" and a 0.9 signature relabelled as 1.0.
    const editor = await registeredChair(await authority(), second!.id, 'An Editor');
    addSignoff(doc, await sign(editor, v10));
    const stretched = structuredClone(early);
    stretched.payload.versionId = v10.id;
    stretched.payload.label = '1.0';
    addSignoff(doc, stretched);

    const state = (await documentSignoff(doc, DOC, relayKeys))!;
    expect(state.partnerships[0]).toMatchObject({ status: 'invalid', reason: 'bad-signature' });
    expect(state.partnerships[1]).toMatchObject({ status: 'invalid', reason: 'unregistered-key' });
    expect(state.signedCount).toBe(0);
  });

  it('verifies an exported signed version offline, and rejects one altered by one character', async () => {
    const relay = await authority();
    const doc = barnsley();
    const version = await savedVersion(doc, '1.0');
    for (const partnership of readRegister(doc)) {
      addSignoff(doc, await sign(await registeredChair(relay, partnership.id, 'Chair'), version));
    }
    const file = (await signedVersionFile(doc, DOC, version.id, [relay.publicKey]))!;
    const text = JSON.stringify(file);
    const parsed = parseSignedVersionFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.message);
    const trusted = new Set([relay.fingerprint]);

    const report = await verifySignedVersion(parsed.file, trusted);
    expect(report).toMatchObject({ valid: true, hashValid: true, relayKeyTrusted: true });
    expect(report.state.final).toBe(true);

    const altered = text.replace('Barnsley', 'Barnsleu');
    expect(altered).not.toBe(text);
    const alteredFile = parseSignedVersionFile(JSON.parse(altered));
    if (!alteredFile.ok) throw new Error(alteredFile.message);
    const alteredReport = await verifySignedVersion(alteredFile.file, trusted);
    expect(alteredReport.valid).toBe(false);
    expect(alteredReport.hashValid).toBe(false);
    expect(alteredReport.state.partnerships.every((p) => p.status === 'invalid')).toBe(true);

    const untrusted = await verifySignedVersion(parsed.file, new Set());
    expect(untrusted).toMatchObject({ valid: false, relayKeyTrusted: false, hashValid: true });
  });
});
