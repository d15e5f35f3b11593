import { STATUS_LABEL, type DocumentHeaderData } from '../blocks/documentHeader/documentHeader.ts';
import type { DocumentContent } from '../document/readContent.ts';
import { signoffStatusLine, type SignoffState } from '../versions/signoff/signoffState.ts';

/**
 * The status a published copy states. Once a version was proposed for sign-off, the
 * signatures decide ("Final — version 1.0, signed for all 4 partnerships", "Draft — changed
 * since 1.0 (signed)"); before that, the document header's typed status, else "Draft".
 */
export function documentStatus(
  content: Pick<DocumentContent, 'blocks'>,
  signoff?: SignoffState,
): string {
  if (signoff) return signoffStatusLine(signoff);
  const header = content.blocks.find((b) => b.type === 'documentHeader');
  return STATUS_LABEL[(header?.data as DocumentHeaderData | undefined)?.status ?? 'draft'];
}
