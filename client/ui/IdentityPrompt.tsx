import { useState, type FormEvent } from 'react';
import type { Identity } from '../identity/identity.ts';

/**
 * A non-blocking panel asking who this is. The person can type in the document
 * straight away and answer whenever they like; the answer stays on this device.
 */
export function IdentityPrompt({
  identity,
  onSave,
  onClose,
}: {
  identity: Identity;
  onSave: (next: Identity) => void;
  onClose?: () => void;
}) {
  const [name, setName] = useState(identity.confirmed ? identity.name : '');
  const [organisation, setOrganisation] = useState(identity.organisation);
  const [error, setError] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter your name so co-authors know who is typing.');
      return;
    }
    onSave({ ...identity, name: trimmed, organisation: organisation.trim(), confirmed: true });
    onClose?.();
  };

  return (
    <section className="identity-prompt" aria-labelledby="identity-prompt-heading">
      <h2 id="identity-prompt-heading">Who is editing?</h2>
      <p>Co-authors see this on your cursor. It is kept on this device only.</p>
      <form onSubmit={submit} noValidate>
        <label>
          Your name
          <input
            name="name"
            value={name}
            autoComplete="name"
            maxLength={60}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'identity-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          Organisation
          <input
            name="organisation"
            value={organisation}
            autoComplete="organization"
            maxLength={80}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </label>
        <button type="submit">Save</button>
        {onClose && (
          <button type="button" onClick={onClose}>
            Later
          </button>
        )}
        {error && (
          <p id="identity-error" className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
