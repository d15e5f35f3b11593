import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import { applyRows, mergeRows } from './mergeRows.ts';
import type { UpdateRow } from './UpdateRow.ts';

/** A doc typed into one keystroke per update, and those updates as stored rows. */
function typed(keystrokes: number): { doc: Y.Doc; rows: UpdateRow[] } {
  const doc = createDoc();
  const rows: UpdateRow[] = [];
  doc.on('update', (update: Uint8Array) => rows.push({ docId: 'd', update }));
  const text = doc.getText('notes');
  for (let i = 0; i < keystrokes; i++) text.insert(text.length, String.fromCharCode(97 + (i % 26)));
  return { doc, rows };
}

describe('applyRows and mergeRows', () => {
  it('load thousands of keystroke rows into the same document, in one transaction', () => {
    const { doc, rows } = typed(3_000);
    const loaded = createDoc();
    let updates = 0;
    loaded.on('update', () => updates++);
    applyRows(loaded, rows, 'store');
    expect(updates).toBe(1);
    expect(loaded.getText('notes').toString()).toBe(doc.getText('notes').toString());
    expect(Y.encodeStateVector(loaded)).toEqual(Y.encodeStateVector(doc));
  });

  it('merge many rows into one no larger than the encoded state', () => {
    const { doc, rows } = typed(3_000);
    const merged = mergeRows(rows);
    expect(merged.byteLength).toBeLessThanOrEqual(Y.encodeStateAsUpdate(doc).byteLength);
    const loaded = createDoc();
    Y.applyUpdate(loaded, merged);
    expect(loaded.getText('notes').toString()).toBe(doc.getText('notes').toString());
  });

  it('keep deleted content, so past snapshots still rebuild from a merged row', () => {
    const { doc, rows } = typed(40);
    const before = Y.snapshot(doc);
    const text = doc.getText('notes');
    doc.transact(() => text.delete(0, 20));
    const loaded = createDoc();
    Y.applyUpdate(loaded, mergeRows([...rows, { docId: 'd', update: Y.encodeStateAsUpdate(doc) }]));
    expect(loaded.getText('notes').length).toBe(20);
    expect(Y.createDocFromSnapshot(loaded, before).getText('notes').length).toBe(40);
  });

  it('return a single row as it is', () => {
    const { rows } = typed(1);
    expect(mergeRows(rows)).toBe(rows[0]!.update);
  });
});
