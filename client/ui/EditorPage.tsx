import { useState } from 'react';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { identityLabel } from '../identity/identity.ts';
import { useIdentity } from '../identity/useIdentity.ts';
import { useDocumentSession } from '../session/useDocumentSession.ts';
import { DocumentWorkspace } from './DocumentWorkspace.tsx';
import { IdentityPrompt } from './IdentityPrompt.tsx';
import { Link } from './Link.tsx';
import { SyncStatus } from './SyncStatus.tsx';

/** `/d/<docId>`: one document, open for editing. */
export function EditorPage({ docId }: { docId: string }) {
  const { session, loaded, syncState, peopleHere, terminalClose } = useDocumentSession(docId);
  const [identity, setIdentity] = useIdentity();
  const [promptOpen, setPromptOpen] = useState(!identity.confirmed);
  const deleted = terminalClose?.code === CloseCodes.documentDeleted.code;

  return (
    <div className="page page--editor">
      <header className="editor-header">
        <Link href="/" className="back-link">
          ← All protocols
        </Link>
        <SyncStatus state={syncState} peopleHere={peopleHere} />
        <button
          type="button"
          className="identity-button"
          aria-expanded={promptOpen}
          onClick={() => setPromptOpen((open) => !open)}
        >
          You: {identityLabel(identity)}
        </button>
      </header>
      {promptOpen && (
        <IdentityPrompt
          identity={identity}
          onSave={setIdentity}
          onClose={() => setPromptOpen(false)}
        />
      )}
      {terminalClose && (
        <p className="banner banner--error" role="alert">
          {deleted
            ? 'This document was deleted on the relay. Your copy on this device is kept read-only.'
            : `The relay closed this document (${terminalClose.reason || terminalClose.code}).`}
        </p>
      )}
      <main className="editor-main" id="main">
        {session && loaded ? (
          <DocumentWorkspace session={session} identity={identity} readOnly={deleted} />
        ) : (
          <p className="loading" role="status">
            Opening document…
          </p>
        )}
      </main>
    </div>
  );
}
