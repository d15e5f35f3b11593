import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { createBlock } from '../../shared/blocks/core/blockStore.ts';
import { blockDefinition } from '../../shared/blocks/registry.ts';
import { bodyFragment, createDoc } from '../../shared/document/docFields.ts';
import { readRegister } from '../../shared/register/register.ts';
import { protocolSchema } from '../../shared/schema.ts';
import { applyTemplate } from '../../shared/templates/applyTemplate.ts';
import { barnsleyExample } from '../../shared/templates/examples/barnsleyExample.ts';
import { bullets, clause, heading } from '../../shared/templates/nodes.ts';
import type { JsonNode } from '../../shared/templates/TemplateSpec.ts';
import { Prose } from './prose.ts';

/** Characters of body text on a printed page of a protocol (about 500 words). */
export const CHARS_PER_PAGE = 3_000;

/** Blocks added to Barnsley's own seven, round-robin, until the document has `blocks`. */
const EXTRA_BLOCKS = [
  'generalTable',
  'leadTable',
  'sharedResponsibilities',
  'reportingArrangements',
  'glossary',
  'priorityMatrix',
  'coordinationTable',
  'signatories',
];
const BARNSLEY_BLOCKS = barnsleyExample.body.filter((item) => 'block' in item).length;

/** A document and the updates that built it, in order. */
export interface BuiltDocument {
  doc: Y.Doc;
  updates: Uint8Array[];
}

/**
 * A long protocol built the way people build one: the Barnsley example, then chapter by
 * chapter of numbered clauses and lists, one paragraph per update, with structured blocks
 * spread through it until there are `blocks`, up to about `pages` pages of text.
 */
export function buildLongProtocol({
  pages,
  blocks,
}: {
  pages: number;
  blocks: number;
}): BuiltDocument {
  const doc = createDoc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  applyTemplate(doc, barnsleyExample);

  const prose = new Prose(pages * 1_000 + blocks);
  const targetChars = pages * CHARS_PER_PAGE;
  const chapters = Math.max(1, Math.ceil(pages / 4));
  const extraBlocks = Math.max(0, blocks - BARNSLEY_BLOCKS);
  let chars = 0;
  for (let chapter = 1; chapter <= chapters; chapter++) {
    appendNode(doc, heading(1, `${chapter}. ${prose.title()}`));
    for (
      let i = 0;
      i <
      Math.ceil((chapter * extraBlocks) / chapters) -
        Math.ceil(((chapter - 1) * extraBlocks) / chapters);
      i++
    ) {
      appendBlock(doc, EXTRA_BLOCKS[(chapter + i) % EXTRA_BLOCKS.length]!);
    }
    const chapterEnd = (chapter * targetChars) / chapters;
    while (chars < chapterEnd) {
      appendNode(doc, heading(2, prose.title()));
      for (let c = 0; c < 6 && chars < chapterEnd; c++) {
        const text = prose.paragraph(prose.int(200, 500));
        appendNode(doc, clause(text));
        chars += text.length;
      }
      const items = Array.from({ length: prose.int(2, 5) }, () => prose.sentence());
      appendNode(doc, bullets(items));
      chars += items.join('').length;
    }
  }
  return { doc, updates };
}

/** Appends one body node (given as ProseMirror JSON) in its own transaction. */
export function appendNode(doc: Y.Doc, node: JsonNode): void {
  const scratch = new Y.Doc();
  const built = scratch.getXmlFragment('scratch');
  prosemirrorJSONToYXmlFragment(protocolSchema(), { type: 'doc', content: [node] }, built);
  const body = bodyFragment(doc);
  doc.transact(() =>
    body.insert(
      body.length,
      built.toArray().map((item) => item.clone() as Y.XmlElement | Y.XmlText),
    ),
  );
}

/** Creates a block with its default content, then shows it at the end of the body. */
function appendBlock(doc: Y.Doc, type: string): void {
  const definition = blockDefinition(type);
  if (!definition) throw new Error(`unknown block type ${type}`);
  const blockId = createBlock(doc, definition, { partnerships: readRegister(doc) });
  appendNode(doc, { type, attrs: { blockId } });
}
