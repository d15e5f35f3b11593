import { useLayoutEffect, useRef, type InputHTMLAttributes } from 'react';
import { asTyping } from './blockEdit.ts';
import { mapCaret } from './mapCaret.ts';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  multiline?: boolean;
};

/**
 * Marks every TextInput: its typing is in the document's shared history, so Ctrl+Z in it
 * takes a step from that history (see useSharedUndoKeys), not the browser's own undo of
 * the field, which would write its undoing as new typing.
 */
export const SHARED_TEXT_FIELD = 'data-shared-text';

/**
 * A text field bound to shared text. Always shows the shared value, so nobody's edit is
 * hidden or overwritten; when someone else changes it while this person is typing, their
 * caret stays where it was relative to the text around it.
 */
export function TextInput({ value, onValue, multiline, ...rest }: Props) {
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
    [SHARED_TEXT_FIELD]: '',
    onSelect: remember,
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
