import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../schema.ts';
import { bodyFragment, createDoc, titleText } from './docFields.ts';
import { exportDocument } from './exportJson.ts';

describe('exportDocument', () => {
  it('exports the title and the body as a ProseMirror document built from the shared schema', () => {
    const doc = createDoc();
    titleText(doc).insert(0, 'Sandwell Partnership Protocol');
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Purpose' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The boards ' },
            { type: 'text', marks: [{ type: 'bold' }], text: 'will' },
            { type: 'text', text: ' share priorities.' },
          ],
        },
      ],
    };
    prosemirrorJSONToYXmlFragment(protocolSchema(), body, bodyFragment(doc));

    const exported = exportDocument('sandwell-2018', doc);
    expect(exported).toMatchObject({
      format: 'protocol-document',
      formatVersion: 2,
      id: 'sandwell-2018',
      title: 'Sandwell Partnership Protocol',
    });
    expect(exported.content).toMatchObject(body);
  });

  it('exports an empty document as an empty body', () => {
    const exported = exportDocument('empty-doc', createDoc());
    expect(exported.title).toBe('');
    expect(exported.content.type).toBe('doc');
  });

  it('keeps deleted content in history (gc off), as versions will need', () => {
    const doc = createDoc();
    expect(doc.gc).toBe(false);
  });
});
