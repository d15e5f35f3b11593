import * as Y from 'yjs';
import { listIds, type RecordList } from '../../blocks/core/RecordList.ts';
import { versionList } from '../versionStore.ts';
import type { PublicKeyJwk, SignoffRecord } from './signoffRecord.ts';
import { parseSignoffRecord, signoffList } from './signoffStore.ts';
import { verifySignoff } from './verifySignoff.ts';

/** A field of a stored record as it was: a Y.Text's text, or any other value as stored. */
type KeptField = { text: string } | { value: unknown };

/**
 * What chairs signed, as it was when first found: each genuine sign-off record's JSON
 * text, and every field of each version such a record names.
 */
export interface SignedRecords {
  /** Sign-off record id → the record's JSON text, as stored. */
  records: ReadonlyMap<string, string>;
  /** Version id → its fields. */
  versions: ReadonlyMap<string, ReadonlyMap<string, KeptField>>;
}

export const NO_SIGNED_RECORDS: SignedRecords = { records: new Map(), versions: new Map() };

/**
 * `kept` and the genuine sign-off records of `doc` it does not hold yet, with the versions
 * they name as they are now. Genuine: the key is registered by one of `relayKeys` to the
 * signer named, and the chair's signature covers the record unchanged (whether the version
 * still has the signed content is the reader's question, not this one: a kept record stays
 * whatever happens to the body). What `kept` holds is never re-read.
 */
export async function findSignedRecords(
  doc: Y.Doc,
  docId: string,
  relayKeys: ReadonlyMap<string, PublicKeyJwk>,
  kept: SignedRecords,
): Promise<SignedRecords> {
  // Everything is read before the first await: the document may change meanwhile.
  const list = signoffList(doc);
  const found: { id: string; text: string; record: SignoffRecord }[] = [];
  for (const id of listIds(list)) {
    if (kept.records.has(id)) continue;
    const text = list.items.get(id)?.get('record');
    const record = parseSignoffRecord(text);
    if (record && typeof text === 'string') found.push({ id, text, record });
  }
  const versionsNow = new Map<string, Map<string, KeptField>>();
  for (const { record } of found) {
    const version = versionList(doc).items.get(record.payload.versionId);
    if (version) versionsNow.set(record.payload.versionId, keepFields(version));
  }
  const records = new Map(kept.records);
  const versions = new Map(kept.versions);
  for (const { id, text, record } of found) {
    const { versionId, label, contentHash } = record.payload;
    const verdict = await verifySignoff(record, {
      docId,
      version: { id: versionId, label, contentHash },
      relayKeys,
    });
    if (!verdict.valid) continue;
    records.set(id, text);
    const version = versionsNow.get(versionId);
    if (version && !versions.has(versionId)) versions.set(versionId, version);
  }
  return { records, versions };
}

/**
 * Writes back every kept record and version that is missing from `doc` or differs from
 * what was kept; returns how many were written back. Call it inside a transaction.
 */
export function restoreSignedRecords(doc: Y.Doc, kept: SignedRecords): number {
  let restored = 0;
  const signoffs = signoffList(doc);
  const signoffsListed = listedIds(signoffs);
  for (const [id, json] of kept.records) {
    const entry = signoffs.items.get(id);
    const intact = entry?.get('record') === json;
    const wasListed = signoffsListed.has(id);
    if (intact && wasListed) continue;
    if (entry && !intact) entry.set('record', json);
    if (!entry) signoffs.items.set(id, new Y.Map<unknown>([['record', json]]));
    if (!wasListed) signoffs.order.push([id]);
    restored += 1;
  }
  const versions = versionList(doc);
  const versionsListed = listedIds(versions);
  for (const [id, fields] of kept.versions) {
    const entry = versions.items.get(id);
    const changed = entry ? writeFields(entry, fields) : true;
    if (!entry) versions.items.set(id, fieldsMap(fields));
    const wasListed = versionsListed.has(id);
    if (!wasListed) versions.order.push([id]);
    if (changed || !wasListed) restored += 1;
  }
  return restored;
}

/** The ids in a list's order, whether or not their record is still there. */
function listedIds(list: RecordList): Set<string> {
  return new Set(list.order.toArray());
}

function keepFields(map: Y.Map<unknown>): Map<string, KeptField> {
  const fields = new Map<string, KeptField>();
  for (const [key, value] of map.entries()) {
    fields.set(key, value instanceof Y.Text ? { text: value.toString() } : { value });
  }
  return fields;
}

function fieldsMap(fields: ReadonlyMap<string, KeptField>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, field] of fields) {
    map.set(key, 'text' in field ? new Y.Text(field.text) : field.value);
  }
  return map;
}

/** Puts back each field of `map` that differs from `fields`; true when any did. */
function writeFields(map: Y.Map<unknown>, fields: ReadonlyMap<string, KeptField>): boolean {
  let changed = false;
  for (const [key, field] of fields) {
    const current = map.get(key);
    if ('text' in field) {
      if (current instanceof Y.Text && current.toString() === field.text) continue;
      map.set(key, new Y.Text(field.text));
    } else {
      if (sameValue(current, field.value)) continue;
      map.set(key, field.value);
    }
    changed = true;
  }
  for (const key of [...map.keys()]) {
    if (fields.has(key)) continue;
    map.delete(key);
    changed = true;
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  return a === b;
}
