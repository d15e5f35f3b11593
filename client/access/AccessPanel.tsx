import { useCallback, useEffect, useState } from 'react';
import { INVITE_PARAM } from '../../shared/auth/accessToken.ts';
import { ROLE_LABEL } from '../../shared/auth/roles.ts';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';
import type { Partnership } from '../../shared/register/Partnership.ts';
import {
  createInvite,
  listAccess,
  revokeLink,
  revokePerson,
  type AccessEntry,
  type InviteRequest,
} from './accessApi.ts';
import { InviteForm } from './InviteForm.tsx';

/**
 * Who has access to this document, for its owner: create a link per person and role,
 * see every link and who has used it, revoke a link or everything a person holds.
 */
export function AccessPanel({
  docId,
  partnerships,
}: {
  docId: string;
  partnerships: Partnership[];
}) {
  const [entries, setEntries] = useState<AccessEntry[]>();
  const [link, setLink] = useState('');
  const [message, setMessage] = useState('');

  const refresh = useCallback(() => {
    listAccess(docId).then(setEntries, (error: unknown) =>
      setMessage(error instanceof Error ? error.message : 'Could not load who has access.'),
    );
  }, [docId]);
  useEffect(refresh, [refresh]);

  const invite = async (request: InviteRequest) => {
    const created = await createInvite(docId, request);
    // Built here, not taken from the relay: the relay cannot know the public address (TLS, proxies).
    setLink(`${location.origin}${DOC_PAGE_PATH}/${docId}?${INVITE_PARAM}=${created.token}`);
    setMessage(`Link created for ${request.name}. Send it to them; it is shown only now.`);
    refresh();
  };
  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The relay refused.');
    }
    refresh();
  };

  return (
    <div className="access">
      <InviteForm partnerships={partnerships} onInvite={invite} />
      {link && (
        <label className="field access__link">
          <span>New access link</span>
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <p role="status" aria-live="polite" className="access__message">
        {message}
      </p>
      <h3>Who has access</h3>
      {entries === undefined ? (
        <p>Loading…</p>
      ) : entries.length === 0 ? (
        <p className="panel__empty">Nobody has been given a link to this document yet.</p>
      ) : (
        <ul className="access__list">
          {entries.map((entry) => (
            <li
              key={entry.lid}
              data-lid={entry.lid}
              className={entry.revoked ? 'access__entry--revoked' : ''}
            >
              <span className="access__who">
                {entry.name}
                {entry.organisation ? ` · ${entry.organisation}` : ''}
              </span>
              <span className="access__role">
                {ROLE_LABEL[entry.role]}
                {entry.partnership ? ` (${entry.partnership})` : ''}
                {entry.revoked
                  ? ' — revoked'
                  : ` — until ${new Date(entry.exp * 1000).toLocaleDateString('en-GB')}`}
              </span>
              {!entry.revoked && (
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={`Revoke the ${ROLE_LABEL[entry.role].toLowerCase()} link of ${entry.name}`}
                    onClick={() =>
                      void act(() => revokeLink(docId, entry.lid), `Link of ${entry.name} revoked.`)
                    }
                  >
                    Revoke link
                  </button>
                  <button
                    type="button"
                    aria-label={`Revoke every link of ${entry.name}`}
                    onClick={() =>
                      void act(
                        () => revokePerson(docId, entry.name, entry.organisation),
                        `All links of ${entry.name} revoked.`,
                      )
                    }
                  >
                    Revoke person
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
