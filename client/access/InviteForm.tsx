import { useState, type FormEvent } from 'react';
import { ROLE_LABEL, ROLES, type Role } from '../../shared/auth/roles.ts';
import { partnershipLabel, type Partnership } from '../../shared/register/Partnership.ts';
import type { InviteRequest } from './accessApi.ts';

/** The owner's form for one access link: who, which role (and partnership for a chair), how long. */
export function InviteForm({
  partnerships,
  onInvite,
}: {
  partnerships: Partnership[];
  onInvite: (invite: InviteRequest) => Promise<void>;
}) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [partnership, setPartnership] = useState('');
  const [days, setDays] = useState(30);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Name the person or group the link is for.');
    if (role === 'chair' && !partnership)
      return setError('Choose the partnership this chair signs for.');
    setError('');
    setBusy(true);
    try {
      await onInvite({
        role,
        name: name.trim(),
        organisation: organisation.trim(),
        days,
        ...(role === 'chair' ? { partnership } : {}),
      });
      setName('');
      setOrganisation('');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Could not create the link.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="invite-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
      </label>
      <label className="field">
        <span>Organisation</span>
        <input
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          maxLength={80}
        />
      </label>
      <label className="field">
        <span>Role</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
      </label>
      {role === 'chair' && (
        <label className="field">
          <span>Signs for</span>
          <select value={partnership} onChange={(e) => setPartnership(e.target.value)}>
            <option value="">Choose a partnership</option>
            {partnerships.map((p) => (
              <option key={p.id} value={p.acronym || p.id}>
                {partnershipLabel(p)} — {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>Valid for (days)</span>
        <input
          type="number"
          min={1}
          max={365}
          value={days}
          onChange={(e) => setDays(Math.min(365, Math.max(1, Number(e.target.value) || 1)))}
        />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create access link'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
