import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDoc } from '../../document/docFields.ts';
import { readText, writeText } from './fields.ts';
import {
  addRecord,
  createList,
  listIds,
  moveRecord,
  record,
  removeRecord,
  type RecordList,
} from './RecordList.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

function setup(doc = createDoc()): { doc: Y.Doc; list: RecordList } {
  const parent = doc.getMap<unknown>('test');
  let list!: RecordList;
  doc.transact(() => {
    list = createList(parent, 'rows');
  });
  return { doc, list };
}

function listOf(doc: Y.Doc): RecordList {
  const list = doc.getMap<unknown>('test').get('rows') as Y.Map<unknown>;
  return {
    order: list.get('order') as Y.Array<string>,
    items: list.get('items') as Y.Map<Y.Map<unknown>>,
  };
}

describe('RecordList', () => {
  it('adds, moves and removes records in order', () => {
    const { list } = setup();
    addRecord(list, 'a', { title: 'Adults' });
    addRecord(list, 'b', { title: 'Children' });
    addRecord(list, 'c', { title: 'Community safety' }, 1);
    expect(listIds(list)).toEqual(['a', 'c', 'b']);
    moveRecord(list, 'a', 2);
    expect(listIds(list)).toEqual(['c', 'b', 'a']);
    removeRecord(list, 'b');
    expect(listIds(list)).toEqual(['c', 'a']);
    expect(readText(record(list, 'a')!, 'title')).toBe('Adults');
  });

  it('keeps both rows when two people add rows at once', () => {
    const { doc: a } = setup();
    const b = createDoc();
    sync(a, b);
    addRecord(listOf(a), 'from-a', { title: 'Domestic Abuse' });
    addRecord(listOf(b), 'from-b', { title: 'Prevent' });
    sync(a, b);
    expect(listIds(listOf(a)).sort()).toEqual(['from-a', 'from-b']);
    expect(listIds(listOf(b))).toEqual(listIds(listOf(a)));
  });

  it('merges typing in the same text field character by character', () => {
    const { doc: a, list } = setup();
    addRecord(list, 'r', { title: 'Abuse' });
    const b = createDoc();
    sync(a, b);
    writeText(record(listOf(a), 'r')!, 'title', 'Domestic Abuse');
    writeText(record(listOf(b), 'r')!, 'title', 'Abuse and Neglect');
    sync(a, b);
    expect(readText(record(listOf(a), 'r')!, 'title')).toBe('Domestic Abuse and Neglect');
  });

  it('shows a record once even if two people moved it at the same time', () => {
    const { doc: a, list } = setup();
    for (const id of ['x', 'y', 'z']) addRecord(list, id, { title: id });
    const b = createDoc();
    sync(a, b);
    moveRecord(listOf(a), 'x', 2);
    moveRecord(listOf(b), 'x', 1);
    sync(a, b);
    const ids = listIds(listOf(a));
    expect(ids.filter((id) => id === 'x')).toHaveLength(1);
    expect(ids.sort()).toEqual(['x', 'y', 'z']);
  });
});
