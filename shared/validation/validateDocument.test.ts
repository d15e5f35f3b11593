import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { blocksMap, createBlock } from '../blocks/core/blockStore.ts';
import { addPriority, priorityMatrix } from '../blocks/priorityMatrix/priorityMatrix.ts';
import { bodyFragment, createDoc } from '../document/docFields.ts';
import { readContent } from '../document/readContent.ts';
import { addPartnership, readRegister } from '../register/register.ts';
import { protocolSchema } from '../schema.ts';
import { validateDocument } from './validateDocument.ts';

describe('validateDocument', () => {
  it('validates the register and the blocks shown in the body, not blocks deleted from it', () => {
    const doc = createDoc();
    addPartnership(doc, { name: '', acronym: 'SAB' });
    const shown = createBlock(doc, priorityMatrix, { partnerships: readRegister(doc) });
    const removed = createBlock(doc, priorityMatrix, { partnerships: readRegister(doc) });
    addPriority(blocksMap(doc).get(shown)!, 'Domestic Abuse');
    addPriority(blocksMap(doc).get(removed)!, 'Prevent');
    prosemirrorJSONToYXmlFragment(
      protocolSchema(),
      { type: 'doc', content: [{ type: 'priorityMatrix', attrs: { blockId: shown } }] },
      bodyFragment(doc),
    );

    const content = readContent(doc);
    expect(content.blocks.map((b) => b.id)).toEqual([shown]);
    const problems = validateDocument(content, '2026-11-22');
    expect(problems.map((p) => [p.code, p.target.blockId ?? null])).toEqual([
      ['partnership-no-name', null],
      ['priority-no-lead', shown],
    ]);
  });
});

describe('validateDocument: cross-references', () => {
  it('reports a cross-reference to a deleted clause, and not one to a clause that exists', () => {
    const doc = createDoc();
    prosemirrorJSONToYXmlFragment(
      protocolSchema(),
      {
        type: 'doc',
        content: [
          {
            type: 'heading',
            attrs: { level: 1, clauseId: 'c_review' },
            content: [{ type: 'text', text: 'Review' }],
          },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'See ' },
              { type: 'clauseRef', attrs: { targetId: 'c_review' } },
              { type: 'text', text: ' and ' },
              { type: 'clauseRef', attrs: { targetId: 'c_gone' } },
            ],
          },
        ],
      },
      bodyFragment(doc),
    );
    const problems = validateDocument(readContent(doc), '2026-11-22');
    expect(problems.map((p) => p.code)).toEqual(['clause-ref-broken']);
  });
});
