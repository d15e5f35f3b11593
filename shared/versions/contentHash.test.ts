import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockData } from '../blocks/core/blockStore.ts';
import { setRole } from '../blocks/priorityMatrix/priorityMatrix.ts';
import { bodyFragment, createDoc, titleText } from '../document/docFields.ts';
import { readContent } from '../document/readContent.ts';
import { applyTemplate } from '../templates/applyTemplate.ts';
import { barnsleyExample } from '../templates/examples/barnsleyExample.ts';
import { updatePartnership, readRegister } from '../register/register.ts';
import { protocolSchema } from '../schema.ts';
import { canonicalJson } from './canonicalJson.ts';
import { contentHash } from './contentHash.ts';

function example(): Y.Doc {
  const doc = createDoc();
  applyTemplate(doc, barnsleyExample);
  return doc;
}

describe('canonicalJson', () => {
  it('sorts keys at every level, drops undefined, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, b: 'x' } })).toBe(
      '{"a":{"b":"x","d":[2,1]},"b":1}',
    );
  });

  it('normalises strings to NFC', () => {
    expect(canonicalJson('Cafe\u0301')).toBe(canonicalJson('Café'));
  });
});

describe('contentHash', () => {
  it('is stable across peers, key order and reloads', async () => {
    const a = example();
    const b = createDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const reloaded = createDoc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(b));
    const hash = await contentHash(readContent(a));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(readContent(b))).toBe(hash);
    expect(await contentHash(readContent(reloaded))).toBe(hash);
    const content = readContent(a);
    const reversed = JSON.parse(JSON.stringify(content), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    ) as typeof content;
    expect(await contentHash(reversed)).toBe(hash);
  });

  it('does not depend on who typed it: the same content typed by other peers hashes the same', async () => {
    const build = () => {
      const doc = createDoc();
      titleText(doc).insert(0, 'Protocol');
      prosemirrorJSONToYXmlFragment(
        protocolSchema(),
        {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Same words.' }] }],
        },
        bodyFragment(doc),
      );
      return doc;
    };
    const one = build();
    const two = build();
    expect(one.clientID).not.toBe(two.clientID);
    expect(await contentHash(readContent(one))).toBe(await contentHash(readContent(two)));
  });

  it('changes with any text, cell or register change', async () => {
    const doc = example();
    const hashes = new Set([await contentHash(readContent(doc))]);
    titleText(doc).insert(0, 'Draft ');
    hashes.add(await contentHash(readContent(doc)));
    const matrix = readContent(doc).blocks.find((b) => b.type === 'priorityMatrix')!;
    const data = matrix.data as { priorities: { id: string }[] };
    const sab = readRegister(doc)[0]!.id;
    setRole(blockData(doc, matrix.id)!, data.priorities[10]!.id, sab, 'contributing');
    hashes.add(await contentHash(readContent(doc)));
    updatePartnership(doc, sab, 'chair', 'A. N. Other');
    hashes.add(await contentHash(readContent(doc)));
    expect(hashes.size).toBe(4);
  });
});

describe('content hash and the trailing paragraph an editor adds', () => {
  it('ignores empty paragraphs at the end of the body, and nothing else', async () => {
    const body = (...extra: Record<string, unknown>[]) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Agreed.' }] }, ...extra],
    });
    const content = (b: Record<string, unknown>) => ({
      title: 'Protocol',
      body: b,
      partnerships: [],
      blocks: [],
    });
    const empty = { type: 'paragraph', attrs: { clauseId: null, clause: false } };
    const base = await contentHash(content(body()));
    expect(await contentHash(content(body(empty)))).toBe(base);
    expect(await contentHash(content(body(empty, empty)))).toBe(base);
    const clause = { type: 'paragraph', attrs: { clauseId: null, clause: true } };
    expect(await contentHash(content(body(clause)))).not.toBe(base);
    const text = { type: 'paragraph', content: [{ type: 'text', text: ' ' }] };
    expect(await contentHash(content(body(text)))).not.toBe(base);
  });
});
