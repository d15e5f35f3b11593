import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { titleText } from '../../shared/document/docFields.ts';
import { setText } from '../../shared/document/setText.ts';

/** The document title, an input bound to the shared title text so renames merge. */
export function TitleField({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const text = titleText(doc);
  const [value, setValue] = useState(() => text.toString());

  useEffect(() => {
    const sync = () => setValue(text.toString());
    sync();
    text.observe(sync);
    return () => text.unobserve(sync);
  }, [text]);

  return (
    <input
      className="title-field"
      aria-label="Document title"
      placeholder="Untitled protocol"
      value={value}
      readOnly={readOnly}
      maxLength={200}
      onChange={(event) => {
        setValue(event.target.value);
        setText(text, event.target.value);
      }}
    />
  );
}
