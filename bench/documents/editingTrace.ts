import * as Y from 'yjs';
import { bodyFragment, createDoc, titleText } from '../../shared/document/docFields.ts';
import { applyTemplate } from '../../shared/templates/applyTemplate.ts';
import { barnsleyExample } from '../../shared/templates/examples/barnsleyExample.ts';
import type { BuiltDocument } from './longProtocol.ts';
import { Prose } from './prose.ts';

/**
 * A long editing session, one keystroke per update, as a person drafts a protocol: it
 * starts from the Barnsley example and types new clauses word by word, corrects typos with
 * backspace, starts new paragraphs, goes back to revise earlier paragraphs (inserting and
 * deleting words) and now and then retitles the document. The first update is the example
 * itself; the text is deterministic for a given length.
 */
export function buildEditingTrace(keystrokes: number): BuiltDocument {
  const doc = createDoc();
  const updates: Uint8Array[] = [];
  applyTemplate(doc, barnsleyExample);
  const base = Y.encodeStateAsUpdate(doc);
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const prose = new Prose(keystrokes);
  const body = bodyFragment(doc);
  let current = newParagraph(doc, body.length);
  let caret = 0;
  let pendingWords = '';

  while (updates.length < keystrokes) {
    const roll = prose.random();
    if (roll < 0.003) {
      // Revise an earlier paragraph: delete a few characters, type a few words there.
      const target = randomText(body, prose);
      if (target && target.length > 20) {
        const at = prose.int(0, target.length - 10);
        for (let i = 0; i < prose.int(1, 8); i++) doc.transact(() => target.delete(at, 1));
        for (const char of ` ${prose.words(prose.int(1, 4))}`) {
          doc.transact(() => target.insert(at, char));
        }
      }
    } else if (roll < 0.004) {
      const title = titleText(doc);
      doc.transact(() => title.insert(title.length, ` ${prose.words(1)}`));
    } else if (caret > 300 && roll < 0.01) {
      current = newParagraph(doc, body.length);
      caret = 0;
    } else if (roll < 0.03 && caret > 0) {
      // A typo and its correction: two keystrokes.
      doc.transact(() => current.insert(caret, 'q'));
      doc.transact(() => current.delete(caret, 1));
    } else {
      if (pendingWords === '') pendingWords = `${prose.sentence()} `;
      const char = pendingWords[0]!;
      pendingWords = pendingWords.slice(1);
      doc.transact(() => current.insert(caret, char));
      caret++;
    }
  }
  return { doc, updates: [base, ...updates] };
}

function newParagraph(doc: Y.Doc, index: number): Y.XmlText {
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('clause', true as unknown as string);
  paragraph.insert(0, [text]);
  doc.transact(() => bodyFragment(doc).insert(index, [paragraph]));
  return text;
}

function randomText(body: Y.XmlFragment, prose: Prose): Y.XmlText | undefined {
  const node = body.get(prose.int(0, body.length - 1));
  const first = node instanceof Y.XmlElement ? node.get(0) : undefined;
  return first instanceof Y.XmlText ? first : undefined;
}
