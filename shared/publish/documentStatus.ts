import { STATUS_LABEL, type DocumentHeaderData } from '../blocks/documentHeader/documentHeader.ts';
import type { DocumentContent } from '../document/readContent.ts';

/**
 * The status a published copy states: the document header's (Draft / Final), else
 * "Draft". The one place to change when sign-off decides what is final.
 */
export function documentStatus(content: Pick<DocumentContent, 'blocks'>): string {
  const header = content.blocks.find((b) => b.type === 'documentHeader');
  return STATUS_LABEL[(header?.data as DocumentHeaderData | undefined)?.status ?? 'draft'];
}
