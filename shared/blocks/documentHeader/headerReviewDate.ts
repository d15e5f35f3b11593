import * as Y from 'yjs';
import { bodyFragment } from '../../document/docFields.ts';
import { blockData } from '../core/blockStore.ts';
import { isIsoDate } from '../core/isoDate.ts';

/**
 * The review date of the document's first header block ('' when there is none). Reads
 * only the body's top level, so it is cheap enough to run on every stored change.
 */
export function headerReviewDate(doc: Y.Doc): string {
  for (const node of bodyFragment(doc).toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'documentHeader') continue;
    const blockId = node.getAttribute('blockId');
    const block =
      typeof blockId === 'string' ? blockData(doc, blockId, 'documentHeader') : undefined;
    const date = block?.get('reviewDate');
    if (isIsoDate(date)) return date;
  }
  return '';
}
