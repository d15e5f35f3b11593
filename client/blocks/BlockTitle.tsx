import { writeText } from '../../shared/blocks/core/fields.ts';
import type { BlockViewProps } from './BlockViewProps.ts';
import { TextInput } from './TextInput.tsx';

/** A block's own title (e.g. "Strategic priority matrix"), edited in place. */
export function BlockTitle({
  block,
  title,
  label,
  placeholder,
  readOnly,
  edit,
}: Pick<BlockViewProps, 'block' | 'readOnly' | 'edit'> & {
  title: string;
  /** Accessible name of the field, e.g. "Matrix title". */
  label: string;
  placeholder?: string;
}) {
  return (
    <label className="block__title">
      <span className="visually-hidden">{label}</span>
      <TextInput
        value={title}
        readOnly={readOnly}
        placeholder={placeholder}
        onValue={(v) => edit(() => writeText(block, 'title', v))}
      />
    </label>
  );
}
