import { describe, expect, it } from 'vitest';
import { createDoc, titleText } from './docFields.ts';
import { setText } from './setText.ts';
import { syncDocs as sync } from '../testing/syncDocs.ts';

describe('setText', () => {
  it('makes the text read the new value', () => {
    const doc = createDoc();
    setText(titleText(doc), 'Joint Working Protocol');
    setText(titleText(doc), 'Barnsley Joint Working Protocol 2018');
    setText(titleText(doc), 'Barnsley Protocol');
    expect(titleText(doc).toString()).toBe('Barnsley Protocol');
  });

  it('edits only the changed middle, so concurrent edits at both ends merge', () => {
    const a = createDoc();
    const b = createDoc();
    setText(titleText(a), 'Working Together Protocol');
    sync(a, b);
    setText(titleText(a), 'Somerset Working Together Protocol');
    setText(titleText(b), 'Working Together Protocol 2016');
    sync(a, b);
    expect(titleText(a).toString()).toBe('Somerset Working Together Protocol 2016');
    expect(titleText(b).toString()).toBe(titleText(a).toString());
  });

  it('does nothing when the value is unchanged', () => {
    const doc = createDoc();
    setText(titleText(doc), 'Same');
    let updates = 0;
    doc.on('update', () => updates++);
    setText(titleText(doc), 'Same');
    expect(updates).toBe(0);
  });
});
