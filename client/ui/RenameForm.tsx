import { useState, type FormEvent } from 'react';

/** Inline rename: Enter saves, Escape cancels. */
export function RenameForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = value.trim();
    if (!title) return setError('A title cannot be empty.');
    onSave(title);
  };
  return (
    <form className="rename-form" onSubmit={submit} noValidate>
      <label>
        <span className="visually-hidden">New title</span>
        <input
          value={value}
          autoFocus
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'rename-error' : undefined}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <span id="rename-error" role="alert" className="form-error">
          {error}
        </span>
      )}
    </form>
  );
}
