import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { blockData, createBlock } from '../blocks/core/blockStore.ts';
import { blockDefinition } from '../blocks/registry.ts';
import { bodyFragment, titleText } from '../document/docFields.ts';
import { setText } from '../document/setText.ts';
import { addPartnership, readRegister } from '../register/register.ts';
import { protocolSchema } from '../schema.ts';
import type { JsonNode, TemplateSpec } from './TemplateSpec.ts';

/**
 * Writes a template into an empty document, in one transaction: the register, every
 * block's data, then the body that shows them. Refuses a document that has a body already,
 * so a template can never be applied twice or over someone's work.
 */
export function applyTemplate(doc: Y.Doc, spec: TemplateSpec): void {
  if (bodyFragment(doc).length > 0) throw new Error('Templates only fill empty documents');
  doc.transact(() => {
    const partners: Record<string, string> = {};
    for (const [key, init] of Object.entries(spec.partnerships))
      partners[key] = addPartnership(doc, init);
    const context = { partnerships: readRegister(doc) };
    const content: JsonNode[] = spec.body.map((item) => {
      if (!('block' in item)) return item;
      const definition = blockDefinition(item.block);
      if (!definition) throw new Error(`Unknown block type ${item.block}`);
      const blockId = createBlock(doc, definition, context);
      item.fill?.(blockData(doc, blockId)!, partners);
      return { type: item.block, attrs: { blockId } };
    });
    setText(titleText(doc), spec.title);
    prosemirrorJSONToYXmlFragment(protocolSchema(), { type: 'doc', content }, bodyFragment(doc));
  });
}
