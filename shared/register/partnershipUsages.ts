import { blockDefinition } from '../blocks/registry.ts';
import type { DocumentContent } from '../document/readContent.ts';

/** The blocks (id and label) that refer to a partnership, so removing it can ask first. */
export function partnershipUsages(
  content: DocumentContent,
  partnershipId: string,
): { blockId: string; label: string }[] {
  const found: { blockId: string; label: string }[] = [];
  for (const block of content.blocks) {
    const definition = blockDefinition(block.type);
    if (definition?.usesPartnership(block.data, partnershipId)) {
      found.push({ blockId: block.id, label: definition.label });
    }
  }
  return found;
}
