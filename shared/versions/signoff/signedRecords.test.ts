import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { removeRecord } from '../../blocks/core/RecordList.ts';
import { titleText } from '../../document/docFields.ts';
import { readRegister } from '../../register/register.ts';
import {
  SIGNING_DOC,
  authority,
  barnsley,
  registeredChair,
  savedVersion,
  sign,
  trustedKeys,
} from '../../testing/signingFixture.ts';
import { versionList } from '../versionStore.ts';
import { documentSignoff } from './documentSignoff.ts';
import {
  NO_SIGNED_RECORDS,
  findSignedRecords,
  restoreSignedRecords,
  type SignedRecords,
} from './signedRecords.ts';
import { addSignoff, proposeForSignoff, readSignoffs, signoffList } from './signoffStore.ts';

/** A document with version 1.0 proposed and signed by one chair, and what a relay keeps. */
async function signedDocument() {
  const relay = await authority();
  const doc = barnsley();
  const [first] = readRegister(doc);
  const version = await savedVersion(doc, '1.0');
  proposeForSignoff(doc, version.id, '2026-11-22T09:30:00.000Z');
  const record = await sign(await registeredChair(relay, first!.id, 'Bob Dyson'), version);
  const recordId = addSignoff(doc, record);
  const relayKeys = trustedKeys(relay);
  const kept = await findSignedRecords(doc, SIGNING_DOC, relayKeys, NO_SIGNED_RECORDS);
  const signedCount = async () => (await documentSignoff(doc, SIGNING_DOC, relayKeys))?.signedCount;
  return { relay, doc, version, record, recordId, relayKeys, kept, signedCount };
}

/** Restores in one transaction, as the relay does; how many were restored and updates made. */
function restore(doc: Y.Doc, kept: SignedRecords) {
  let updates = 0;
  const count = () => (updates += 1);
  doc.on('update', count);
  let restored = 0;
  doc.transact(() => (restored = restoreSignedRecords(doc, kept)));
  doc.off('update', count);
  return { restored, updates };
}

describe('signed records a relay keeps', () => {
  it('are the genuine sign-off records and the versions they name, not forged ones', async () => {
    const { relay, doc, version, record, recordId, relayKeys, kept } = await signedDocument();
    const forged = structuredClone(record);
    forged.payload.signerName = 'Someone Else';
    addSignoff(doc, forged);
    const stranger = await authority();
    const [, second] = readRegister(doc);
    addSignoff(doc, await sign(await registeredChair(stranger, second!.id, 'Ann Other'), version));
    const again = await findSignedRecords(doc, SIGNING_DOC, relayKeys, kept);

    expect([...again.records.keys()]).toEqual([recordId]);
    expect(JSON.parse(again.records.get(recordId)!)).toEqual(record);
    expect([...again.versions.keys()]).toEqual([version.id]);
    // A second genuine signature is added to what was kept, which is not read again.
    const chair = await registeredChair(relay, second!.id, 'Cllr Jo Marsh');
    const secondId = addSignoff(doc, await sign(chair, version));
    const more = await findSignedRecords(doc, SIGNING_DOC, relayKeys, again);
    expect([...more.records.keys()]).toEqual([recordId, secondId]);
    expect(more.versions.get(version.id)).toBe(again.versions.get(version.id));
  });

  it('puts back a record removed from the list, deleted, or changed', async () => {
    const { doc, record, recordId, kept, signedCount } = await signedDocument();
    const tamperings: ((list: ReturnType<typeof signoffList>) => void)[] = [
      (list) => removeRecord(list, recordId),
      (list) => list.items.delete(recordId),
      (list) => {
        const redated = { ...record, payload: { ...record.payload, signedAt: '2027-01-01' } };
        list.items.get(recordId)!.set('record', JSON.stringify(redated));
      },
      (list) => {
        list.items.delete(recordId);
        removeRecord(list, recordId);
      },
    ];
    for (const tamper of tamperings) {
      tamper(signoffList(doc));
      expect(await signedCount()).not.toBe(1);
      expect(restore(doc, kept).restored).toBe(1);
      expect(readSignoffs(doc)).toEqual([record]);
      expect(await signedCount()).toBe(1);
    }
  });

  it('puts back the signed version, deleted or changed, so the signature checks again', async () => {
    const { doc, version, kept, signedCount } = await signedDocument();
    const tamperings: ((entry: Y.Map<unknown>) => void)[] = [
      () => removeRecord(versionList(doc), version.id),
      () => versionList(doc).items.delete(version.id),
      (entry) => entry.set('snapshot', Y.encodeSnapshot(Y.snapshot(doc))),
      (entry) => (entry.get('label') as Y.Text).insert(0, 'not '),
      (entry) => entry.delete('proposedAt'),
      (entry) => entry.set('extra', 'field'),
    ];
    for (const tamper of tamperings) {
      tamper(versionList(doc).items.get(version.id)!);
      expect(restore(doc, kept).restored).toBe(1);
      expect(await signedCount()).toBe(1);
      const entry = versionList(doc).items.get(version.id)!;
      expect(entry.get('label')!.toString()).toBe('1.0');
      expect([...entry.keys()].sort()).toEqual([...kept.versions.get(version.id)!.keys()].sort());
    }
  });

  it('writes nothing when what was kept is intact', async () => {
    const { doc, kept } = await signedDocument();
    titleText(doc).insert(0, 'Amended ');
    const draft = await savedVersion(doc, '1.1');
    removeRecord(versionList(doc), draft.id);
    expect(restore(doc, kept)).toEqual({ restored: 0, updates: 0 });
  });
});
