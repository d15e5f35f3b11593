import { describe, expect, it } from 'vitest';
import { EMPTY_CLASS, hintDecorations } from './EmptyDocumentHint.ts';
import { sectionedSchema } from './sections/sectionedSchema.ts';

const schema = sectionedSchema();
const section = (...texts: string[]) =>
  schema.node(
    'section',
    null,
    texts.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])),
  );

describe('hintDecorations', () => {
  it('marks the only paragraph of an empty document', () => {
    const doc = schema.node('doc', null, [section('')]);
    const [hint] = hintDecorations(doc, 'Start drafting').find();
    expect(hint).toMatchObject({ from: 1, to: 3 });
    expect(doc.nodeAt(hint!.from)?.type.name).toBe('paragraph');
    expect((hint as unknown as { type: { attrs: object } }).type.attrs).toEqual({
      class: EMPTY_CLASS,
      'data-placeholder': 'Start drafting',
    });
  });

  it('shows nothing once there is text or a second block', () => {
    expect(hintDecorations(schema.node('doc', null, [section('Purpose')]), 'x').find()).toEqual([]);
    expect(hintDecorations(schema.node('doc', null, [section('', '')]), 'x').find()).toEqual([]);
    expect(
      hintDecorations(schema.node('doc', null, [section(''), section('')]), 'x').find(),
    ).toEqual([]);
  });
});
