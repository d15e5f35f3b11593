import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import {
  initProseMirrorDoc,
  prosemirrorToYXmlFragment,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { protocolSchema } from '../../../shared/schema.ts';
import { alignNodeMapping, type NodeMapping } from './alignNodeMapping.ts';
import { replaceDocContent } from './replaceDocContent.ts';

const schema = protocolSchema();
const text = (value: string, bold = false) =>
  schema.text(value, bold ? [schema.marks.bold!.create()] : []);
const p = (...children: PMNode[]) => schema.node('paragraph', null, children);
const h = (value: string) => schema.node('heading', { level: 2 }, [text(value)]);
const item = (value: string) => schema.node('listItem', null, [p(text(value))]);
const list = (...values: string[]) => schema.node('bulletList', null, values.map(item));

/** A protocol's opening in Yjs, as a relay would hold it. */
function sharedProtocol(): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('body');
  const doc = schema.node('doc', null, [
    h('Purpose'),
    p(text('The boards agree '), text('who leads', true), text(' each priority.')),
    list('Safeguarding Adults Board', 'Health and Wellbeing Board'),
    h('Review'),
    p(text('Reviewed every two years.')),
  ]);
  prosemirrorToYXmlFragment(doc, fragment);
  return fragment;
}

/**
 * Where a Yjs element below `parent` is not mapped to the very node at its place in `node`,
 * or a text is mapped to other text nodes than its own (upstream leaves texts it built from
 * Yjs unmapped, which only costs a comparison).
 */
function misaligned(mapping: NodeMapping, parent: Y.XmlFragment, node: PMNode): string[] {
  const wrong: string[] = [];
  let index = 0;
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      const shown = node.child(index++);
      if (mapping.get(child) !== shown) wrong.push(`${child.nodeName} ${index - 1}`);
      wrong.push(...misaligned(mapping, child, shown));
    } else if (child instanceof Y.XmlText) {
      const texts = mapping.get(child);
      if (texts === undefined) {
        while (index < node.childCount && node.child(index).isText) index++;
        continue;
      }
      if (!Array.isArray(texts)) wrong.push(`text in ${node.type.name}`);
      else
        for (const t of texts)
          if (t !== node.child(index++)) wrong.push(`text in ${node.type.name}`);
    }
  }
  return wrong;
}

/**
 * What the binding does with a remote change to the block at `changed`: rebuild it from
 * Yjs, keep the document's other blocks, and narrow the replace.
 */
function applyRemote(current: PMNode, fragment: Y.XmlFragment, changed: number): PMNode {
  const rebuilt = yXmlFragmentToProseMirrorRootNode(fragment, schema);
  const content = current.content.replaceChild(changed, rebuilt.child(changed));
  const tr = new Transform(current);
  expect(replaceDocContent(tr, content)).toBe(true);
  return tr.doc;
}

describe('alignNodeMapping', () => {
  it('maps every element and text run to the node the document holds at its place', () => {
    const fragment = sharedProtocol();
    const doc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    const mapping: NodeMapping = new Map();

    alignNodeMapping(mapping, fragment, doc);

    expect(misaligned(mapping, fragment, doc)).toEqual([]);
    const bolded = fragment.get(1) as Y.XmlElement;
    expect((mapping.get(bolded.get(0) as Y.XmlText) as PMNode[]).map((t) => t.text)).toEqual([
      'The boards agree ',
      'who leads',
      ' each priority.',
    ]);
  });

  it('after a remote keystroke in a list item, points the changed path at the narrowed document', () => {
    const fragment = sharedProtocol();
    const { doc, mapping } = initProseMirrorDoc(fragment, schema) as {
      doc: PMNode;
      mapping: NodeMapping;
    };
    const listType = fragment.get(2) as Y.XmlElement;
    const itemText = ((listType.get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText;

    itemText.insert(itemText.length, 's');
    const after = applyRemote(doc, fragment, 2);

    expect(misaligned(mapping, fragment, after)).not.toEqual([]);
    alignNodeMapping(mapping, fragment, after);
    expect(misaligned(mapping, fragment, after)).toEqual([]);
    expect(after.child(2).child(1).textContent).toBe('Health and Wellbeing Boards');
    // The narrowed replace kept the untouched blocks, so their entries never moved.
    expect(mapping.get(fragment.get(0) as Y.XmlElement)).toBe(doc.child(0));
    expect(mapping.get(fragment.get(4) as Y.XmlElement)).toBe(doc.child(4));
  });

  it('stops at a child that does not line up, keeping the entries it could align', () => {
    const fragment = sharedProtocol();
    const mapping: NodeMapping = new Map();
    const other = schema.node('doc', null, [h('Purpose'), h('Not a paragraph')]);

    expect(() => alignNodeMapping(mapping, fragment, other)).not.toThrow();

    expect(mapping.get(fragment.get(0) as Y.XmlElement)).toBe(other.child(0));
    expect(mapping.has(fragment.get(1) as Y.XmlElement)).toBe(false);
    expect(mapping.has(fragment.get(2) as Y.XmlElement)).toBe(false);
  });
});
