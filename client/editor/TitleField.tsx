import type * as Y from 'yjs';
import { titleText } from '../../shared/document/docFields.ts';
import { setText } from '../../shared/document/setText.ts';
import { editBlock } from '../blocks/blockEdit.ts';
import { TextInput } from '../blocks/TextInput.tsx';
import { useYValue } from '../blocks/useYValue.ts';

/** The document title, bound to the shared title text so concurrent renames merge. */
export function TitleField({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const text = titleText(doc);
  const value = useYValue([text], () => text.toString());
  return (
    <TextInput
      className="title-field"
      aria-label="Document title"
      placeholder="Untitled protocol"
      value={value}
      readOnly={readOnly}
      maxLength={200}
      onValue={(next) => editBlock(doc, () => setText(text, next))}
    />
  );
}
