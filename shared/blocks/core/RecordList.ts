import * as Y from 'yjs';

/**
 * An ordered list of records that several people can edit at once: the order is a
 * Y.Array of ids and each record a Y.Map under its id. Two people adding rows at once
 * get both rows; editing different fields of one row merges; text fields are Y.Text so
 * typing in the same field merges character by character.
 */
export interface RecordList {
  order: Y.Array<string>;
  items: Y.Map<Y.Map<unknown>>;
}

/** A record's initial fields: strings become Y.Text, anything else is stored as is. */
export type RecordInit = Record<string, string | number | boolean | null>;

/** Creates an empty list inside `parent` under `name` (do this when the parent is created). */
export function createList(parent: Y.Map<unknown>, name: string): RecordList {
  const list = new Y.Map<unknown>();
  const order = new Y.Array<string>();
  const items = new Y.Map<Y.Map<unknown>>();
  list.set('order', order);
  list.set('items', items);
  parent.set(name, list);
  return { order, items };
}

/** The list stored in `parent` under `name`. */
export function listIn(parent: Y.Map<unknown>, name: string): RecordList {
  const list = parent.get(name);
  if (!(list instanceof Y.Map)) throw new Error(`No list “${name}” in this block`);
  return {
    order: list.get('order') as Y.Array<string>,
    items: list.get('items') as Y.Map<Y.Map<unknown>>,
  };
}

/** A list kept in two root types of the document (used by the partnership register). */
export function rootList(doc: Y.Doc, name: string): RecordList {
  return { order: doc.getArray<string>(`${name}Order`), items: doc.getMap<Y.Map<unknown>>(name) };
}

/** Record ids in order: each once, and only those whose record exists. */
export function listIds(list: RecordList): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of list.order.toArray()) {
    if (seen.has(id) || !list.items.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  return ids;
}

function toRecord(init: RecordInit, plain: RecordInit): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(init)) {
    record.set(key, typeof value === 'string' ? new Y.Text(value) : value);
  }
  for (const [key, value] of Object.entries(plain)) record.set(key, value);
  return record;
}

/**
 * Adds a record with a given id at `index` (default: the end). Strings in `init` become
 * Y.Text (typing merges); `plain` values are stored as they are, strings included — for
 * ids, dates and choices, where the last writer wins.
 */
export function addRecord(
  list: RecordList,
  id: string,
  init: RecordInit,
  index?: number,
  plain: RecordInit = {},
): string {
  const at = index === undefined ? list.order.length : orderIndexOf(list, index);
  list.items.set(id, toRecord(init, plain));
  list.order.insert(at, [id]);
  return id;
}

/** Maps a position among visible ids to a position in the raw order array. */
function orderIndexOf(list: RecordList, visibleIndex: number): number {
  const ids = listIds(list);
  if (visibleIndex >= ids.length) return list.order.length;
  const target = ids[Math.max(0, visibleIndex)]!;
  return list.order.toArray().indexOf(target);
}

/** Removes a record from the order (its data stays for history and for undo). */
export function removeRecord(list: RecordList, id: string): void {
  const raw = list.order.toArray();
  for (let i = raw.length - 1; i >= 0; i--) if (raw[i] === id) list.order.delete(i, 1);
}

/** Moves a record to `index` among the visible records. */
export function moveRecord(list: RecordList, id: string, index: number): void {
  const ids = listIds(list);
  const from = ids.indexOf(id);
  if (from < 0 || from === index) return;
  removeRecord(list, id);
  list.order.insert(orderIndexOf(list, index), [id]);
}

/** One record, or undefined when it is not (or no longer) in the list. */
export function record(list: RecordList, id: string): Y.Map<unknown> | undefined {
  return list.items.get(id);
}
