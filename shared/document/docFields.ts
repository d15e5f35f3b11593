import * as Y from 'yjs';

/**
 * The shared types every protocol Y.Doc holds. Names are part of the stored format:
 * changing one is a migration.
 */
export const DocFields = {
  /** Rich text body, bound to Tiptap (the Collaboration extension's default field). */
  body: 'default',
  /** Document title, a Y.Text so concurrent edits to it merge. */
  title: 'title',
} as const;

/**
 * Every peer, relay included, creates documents with garbage collection off, so deleted
 * content stays in the history and any past snapshot can be rebuilt (see ARCHITECTURE.md).
 */
export function createDoc(): Y.Doc {
  return new Y.Doc({ gc: false });
}

/** The document's title text. */
export function titleText(doc: Y.Doc): Y.Text {
  return doc.getText(DocFields.title);
}

/** The rich-text body fragment. */
export function bodyFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DocFields.body);
}
