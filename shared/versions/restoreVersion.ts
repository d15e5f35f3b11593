import * as Y from 'yjs';
import { blocksMap } from '../blocks/core/blockStore.ts';
import type { RecordList } from '../blocks/core/RecordList.ts';
import { bodyFragment, titleText } from '../document/docFields.ts';
import { setText } from '../document/setText.ts';
import { registerList } from '../register/register.ts';
import { versionDoc } from './versionStore.ts';

function restoreList(target: RecordList, source: RecordList): void {
  for (const [id, item] of source.items.entries()) target.items.set(id, item.clone());
  target.order.delete(0, target.order.length);
  target.order.insert(0, source.order.toArray());
}

/**
 * Makes the document read as it did at a named version, as one new change on top of
 * history: nothing is destroyed (every version stays reachable) and collaborators receive
 * it as an ordinary edit. Returns false when the version does not exist.
 */
export function restoreVersion(doc: Y.Doc, versionId: string): boolean {
  const old = versionDoc(doc, versionId);
  if (!old) return false;
  doc.transact(() => {
    setText(titleText(doc), titleText(old).toString());
    const body = bodyFragment(doc);
    body.delete(0, body.length);
    body.insert(
      0,
      bodyFragment(old)
        .toArray()
        .map((node) =>
          node instanceof Y.XmlElement || node instanceof Y.XmlText ? node.clone() : node,
        )
        .filter(
          (node): node is Y.XmlElement | Y.XmlText =>
            node instanceof Y.XmlElement || node instanceof Y.XmlText,
        ),
    );
    restoreList(registerList(doc), registerList(old));
    const blocks = blocksMap(doc);
    for (const [id, block] of blocksMap(old).entries()) blocks.set(id, block.clone());
  });
  old.destroy();
  return true;
}
