import { useLayoutEffect, useRef, type InputHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { asTyping, undoEdit } from './blockEdit.ts';
import { mapCaret } from './mapCaret.ts';
import { undoKey } from './undoKey.ts';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  multiline?: boolean;
  /**
   * For a field outside the editor (the title, the register): the document whose shared
   * history Ctrl+Z and Ctrl+Shift+Z use here, instead of the browser's own undo of the
   * field, which would write its undoing as new typing. Inside the editor its keymap does it.
   */
  sharedUndo?: Y.Doc;
};

/**
 * A text field bound to shared text. Always shows the shared value, so nobody's edit is
 * hidden or overwritten; when someone else changes it while this person is typing, their
 * caret stays where it was relative to the text around it.
 */
export function TextInput({ value, onValue, multiline, sharedUndo, ...rest }: Props) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const shown = useRef(value);
  // React resets the caret when it writes a new value; remember where it was before.
  const selection = useRef<[number, number]>([0, 0]);
  const remember = () => {
    const element = ref.current;
    if (element) selection.current = [element.selectionStart ?? 0, element.selectionEnd ?? 0];
  };

  useLayoutEffect(() => {
    const element = ref.current;
    const before = shown.current;
    shown.current = value;
    if (!element || before === value || document.activeElement !== element) return;
    const [start, end] = selection.current;
    element.setSelectionRange(mapCaret(before, value, start), mapCaret(before, value, end));
    remember();
  }, [value]);

  const props = {
    ...rest,
    ref,
    value,
    onSelect: remember,
    onKeyDown: (event: React.KeyboardEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      const direction = sharedUndo && undoKey(event);
      if (sharedUndo && direction) {
        event.preventDefault();
        undoEdit(sharedUndo, direction);
      }
      rest.onKeyDown?.(event);
    },
    onChange: (event: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      shown.current = event.target.value;
      remember();
      const next = event.target.value;
      asTyping(() => onValue(next), event.target);
    },
  };
  return multiline ? (
    <textarea
      rows={3}
      {...(props as unknown as React.TextareaHTMLAttributes<HTMLTextAreaElement>)}
      ref={ref}
    />
  ) : (
    <input {...props} />
  );
}
