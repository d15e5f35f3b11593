import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFragment, createDoc } from '../document/docFields.ts';
import { readContent } from '../document/readContent.ts';
import { protocolSchema } from '../schema.ts';
import { clause, doc, h, ol, p, ref } from './testDoc.ts';

const body = doc(
  h(1, 'Collective responsibilities', 'h1'),
  clause('Boards link up.', 'c1'),
  ol('lower-alpha', ['Ensure safety', 'Identify the lead']),
  p('As agreed in ', ref('c1'), '.'),
);

describe('the shared schema with clauses', () => {
  it('accepts clause attributes, lettered lists and cross-references', () => {
    expect(() => body.check()).not.toThrow();
    const json = body.toJSON() as { content: { type: string; attrs?: object }[] };
    expect(json.content[0]).toMatchObject({
      type: 'heading',
      attrs: { level: 1, clauseId: 'h1' },
    });
    expect(json.content[1]).toMatchObject({
      type: 'paragraph',
      attrs: { clause: true, clauseId: 'c1' },
    });
    expect(json.content[2]).toMatchObject({
      type: 'orderedList',
      attrs: { listStyle: 'lower-alpha' },
    });
    expect(json.content[3]).toMatchObject({
      content: [{ type: 'text' }, { type: 'clauseRef', attrs: { targetId: 'c1' } }, {}],
    });
  });

  it('defaults: a plain paragraph is no clause, a list is decimal', () => {
    const plain = protocolSchema().nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'orderedList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
    expect(plain.child(0).attrs).toMatchObject({ clause: false, clauseId: null });
    expect(plain.child(1).attrs).toMatchObject({ listStyle: 'decimal' });
  });

  it('keeps every attribute and node through a Y.Doc round trip, and between peers', () => {
    const a = createDoc();
    prosemirrorJSONToYXmlFragment(protocolSchema(), body.toJSON(), bodyFragment(a));
    const b = createDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const back = yXmlFragmentToProseMirrorRootNode(bodyFragment(b), protocolSchema());
    expect(back.toJSON()).toEqual(body.toJSON());
    expect(back.eq(body)).toBe(true);
  });

  it('carries targetId and clause attributes into the JSON export', () => {
    const ydoc = createDoc();
    prosemirrorJSONToYXmlFragment(protocolSchema(), body.toJSON(), bodyFragment(ydoc));
    expect(readContent(ydoc).body).toEqual(body.toJSON());
  });

  it('parses and renders the attributes as HTML data attributes', () => {
    const schema = protocolSchema();
    expect(schema.nodes.clauseRef!.spec.toDOM!(body.child(3).child(1))).toEqual([
      'span',
      { 'data-clause-ref': '', class: 'clause-ref', 'data-target-id': 'c1' },
    ]);
    const rendered = schema.nodes.paragraph!.spec.toDOM!(body.child(1)) as readonly unknown[];
    expect(rendered[1]).toEqual({ 'data-clause': '', 'data-clause-id': 'c1' });
    const list = schema.nodes.orderedList!.spec.toDOM!(body.child(2)) as readonly unknown[];
    expect(list[1]).toMatchObject({ 'data-list-style': 'lower-alpha' });
  });
});
