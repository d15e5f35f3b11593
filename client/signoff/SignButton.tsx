import { useState } from 'react';

/**
 * "Sign version 1.0 for SAB": signs as this person's partnership's chair, shows progress
 * while the relay checks the signature and says plainly why it was refused.
 */
export function SignButton({
  label,
  partnershipName,
  sign,
}: {
  label: string;
  partnershipName: string;
  sign: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <span className="sign-button">
      <button
        type="button"
        aria-busy={busy}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError('');
          sign()
            .catch((reason: unknown) =>
              setError(reason instanceof Error ? reason.message : 'Signing failed.'),
            )
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Signing…' : `Sign version ${label} for ${partnershipName}`}
      </button>
      {error && (
        <span role="alert" className="sign-button__error">
          {error}
        </span>
      )}
    </span>
  );
}
