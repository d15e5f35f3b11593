import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFragment, createDoc, titleText } from '../../document/docFields.ts';
import { blocksMap } from './blockStore.ts';
import { blocksChangedIn } from './blocksChangedIn.ts';

/** The changed types of one transaction running `change`. */
function changedBy(doc: Y.Doc, change: () => void): { _item: Y.Item | null }[] {
  let changed: { _item: Y.Item | null }[] = [];
  const listen = (tr: Y.Transaction) => (changed = [...tr.changedParentTypes.keys()]);
  doc.on('afterTransaction', listen);
  doc.transact(change);
  doc.off('afterTransaction', listen);
  return changed;
}

function docWithTwoBlocks() {
  const doc = createDoc();
  const rows = new Y.Array<Y.Map<unknown>>();
  const row = new Y.Map<unknown>();
  row.set('theme', new Y.Text('Modern Slavery'));
  doc.transact(() => {
    const first = new Y.Map<unknown>();
    first.set('title', new Y.Text('Priorities'));
    blocksMap(doc).set('b-first', first);
    const second = new Y.Map<unknown>();
    second.set('rows', rows);
    rows.push([row]);
    blocksMap(doc).set('b-second', second);
  });
  return { doc, row };
}

describe('blocksChangedIn', () => {
  it('names the block a change deep inside its data belongs to', () => {
    const { doc, row } = docWithTwoBlocks();
    const changed = changedBy(doc, () => (row.get('theme') as Y.Text).insert(0, 'Tackling '));
    expect(blocksChangedIn(doc, changed)).toEqual(['b-second']);
  });

  it('names each block a transaction changed, once', () => {
    const { doc, row } = docWithTwoBlocks();
    const changed = changedBy(doc, () => {
      (blocksMap(doc).get('b-first')!.get('title') as Y.Text).insert(0, 'Strategic ');
      row.set('lead', 'p-sab');
      (row.get('theme') as Y.Text).insert(0, 'x');
    });
    expect(blocksChangedIn(doc, changed).sort()).toEqual(['b-first', 'b-second']);
  });

  it('names no block for one added or removed whole (its node in the body changes with it)', () => {
    const { doc } = docWithTwoBlocks();
    const changed = changedBy(doc, () => blocksMap(doc).delete('b-first'));
    expect(changed).toEqual([blocksMap(doc)]);
    expect(blocksChangedIn(doc, changed)).toEqual([]);
  });

  it('names no block for changes to the body or the title', () => {
    const { doc } = docWithTwoBlocks();
    const changed = changedBy(doc, () => {
      titleText(doc).insert(0, 'Barnsley protocol');
      bodyFragment(doc).insert(0, [new Y.XmlText('Purpose')]);
    });
    expect(changed.length).toBeGreaterThan(0);
    expect(blocksChangedIn(doc, changed)).toEqual([]);
  });
});
