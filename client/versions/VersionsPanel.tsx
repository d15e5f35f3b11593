import { useState } from 'react';
import type * as Y from 'yjs';
import { restoreVersion } from '../../shared/versions/restoreVersion.ts';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import { proposeForSignoff } from '../../shared/versions/signoff/signoffStore.ts';
import { versionDoc } from '../../shared/versions/versionStore.ts';
import type { SignoffView } from '../blocks/BlocksContext.tsx';
import { VersionSignoff } from '../signoff/VersionSignoff.tsx';
import { editBlock } from '../blocks/blockEdit.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { formatDate } from '../ui/formatDate.ts';
import { CompareView, type VersionRef } from './CompareView.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { useVersions } from './useVersions.ts';
import { VersionViewer } from './VersionViewer.tsx';

/**
 * Named versions: save one, see them all, open any read-only, compare any two (or one with
 * the current text), and restore one as a new change on top of history.
 */
export function VersionsPanel({
  doc,
  docId,
  author,
  readOnly,
  signoff,
}: {
  doc: Y.Doc;
  docId: string;
  author: string;
  readOnly: boolean;
  signoff: SignoffView & { relayKeys: ReadonlyMap<string, PublicKeyJwk> };
}) {
  const versions = useVersions(doc);
  const [from, setFrom] = useState<VersionRef>('');
  const [to, setTo] = useState<VersionRef>('current');
  const [comparing, setComparing] = useState<{ from: VersionRef; to: VersionRef }>();
  const [viewing, setViewing] = useState<{ label: string; doc: Y.Doc }>();
  const [restoring, setRestoring] = useState<{ id: string; label: string }>();
  const [message, setMessage] = useState('');
  const labelOf = (ref: VersionRef) =>
    ref === 'current'
      ? 'current text'
      : `version ${versions.find((v) => v.id === ref)?.label ?? ''}`;

  return (
    <div className="versions">
      <SaveVersionForm doc={doc} versions={versions} author={author} readOnly={readOnly} />
      <h3>Versions</h3>
      {versions.length === 0 ? (
        <p className="panel__empty">
          No named versions yet. Save one to record this state of the protocol.
        </p>
      ) : (
        <ol className="versions__list" reversed>
          {[...versions].reverse().map((v) => (
            <li key={v.id} data-version={v.label}>
              <span className="versions__label">{v.label}</span> {v.rationale}
              <span className="versions__meta">
                {v.author || 'Someone'}, {formatDate(Date.parse(v.createdAt))} · SHA-256{' '}
                {v.contentHash.slice(0, 12)}…
              </span>
              <span className="row-actions">
                <button
                  type="button"
                  onClick={() => setViewing({ label: v.label, doc: versionDoc(doc, v.id)! })}
                >
                  View<span className="visually-hidden"> version {v.label}</span>
                </button>
                <button type="button" onClick={() => setComparing({ from: v.id, to: 'current' })}>
                  Compare with now<span className="visually-hidden">: version {v.label}</span>
                </button>
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() => setRestoring({ id: v.id, label: v.label })}
                >
                  Restore<span className="visually-hidden"> version {v.label}</span>
                </button>
                {!v.proposedAt && (
                  <button
                    type="button"
                    aria-label={`Propose for sign-off: version ${v.label}`}
                    disabled={readOnly}
                    onClick={() => {
                      editBlock(doc, () => proposeForSignoff(doc, v.id, new Date().toISOString()));
                      setMessage(`Version ${v.label} proposed for sign-off by every partnership.`);
                    }}
                  >
                    Propose for sign-off
                  </button>
                )}
              </span>
              {v.proposedAt && (
                <VersionSignoff doc={doc} docId={docId} version={v} signoff={signoff} />
              )}
            </li>
          ))}
        </ol>
      )}
      {versions.length > 0 && (
        <form
          className="versions__compare"
          onSubmit={(e) => {
            e.preventDefault();
            if (from) setComparing({ from, to });
          }}
        >
          <label className="field">
            <span>Compare from</span>
            <select value={from} onChange={(e) => setFrom(e.target.value)}>
              <option value="">Choose a version</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Compare to</span>
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="current">Current text</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Compare</button>
        </form>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {signoff.relayKeys.size > 0 && (
        <p className="versions__key">
          Signatures count only from chairs’ keys this relay registered. To check a signed export
          elsewhere:{' '}
          <code>npm run verify -- &lt;file&gt; --relay-key {[...signoff.relayKeys.keys()][0]}</code>
        </p>
      )}
      {comparing && (
        <section
          className="versions__result"
          aria-label={`Changes from ${labelOf(comparing.from)} to ${labelOf(comparing.to)}`}
        >
          <h3>
            From {labelOf(comparing.from)} to {labelOf(comparing.to)}
          </h3>
          <CompareView doc={doc} from={comparing.from} to={comparing.to} />
          <button type="button" onClick={() => setComparing(undefined)}>
            Close comparison
          </button>
        </section>
      )}
      {viewing && (
        <ConfirmDialog
          title={`Version ${viewing.label} (read only)`}
          confirmLabel="Close"
          onConfirm={() => setViewing(undefined)}
          onCancel={() => setViewing(undefined)}
        >
          <VersionViewer versionDoc={viewing.doc} />
        </ConfirmDialog>
      )}
      {restoring && (
        <ConfirmDialog
          title={`Restore version ${restoring.label}?`}
          confirmLabel="Restore"
          onCancel={() => setRestoring(undefined)}
          onConfirm={() => {
            editBlock(doc, () => restoreVersion(doc, restoring.id));
            setMessage(
              `Version ${restoring.label} restored as a new change. Every version is still here.`,
            );
            setRestoring(undefined);
          }}
        >
          <p>
            The text, blocks and partnerships go back to how they were in {restoring.label}, as a
            new change everyone sees. Nothing is lost: every version stays in the list, and Undo
            works.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
