import { useMemo, useState } from 'react';
import { can, ROLE_LABEL } from '../../shared/auth/roles.ts';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { grantFor } from '../auth/grantStore.ts';
import { identityLabel } from '../identity/identity.ts';
import { useIdentity } from '../identity/useIdentity.ts';
import { closeExplanation } from '../session/closeExplanation.ts';
import { useDocumentSession } from '../session/useDocumentSession.ts';
import { DocumentWorkspace } from './DocumentWorkspace.tsx';
import { IdentityPrompt } from './IdentityPrompt.tsx';
import { Link } from './Link.tsx';
import { ExportMenu } from '../publishing/ExportMenu.tsx';
import { SyncStatus } from './SyncStatus.tsx';

const READ_ONLY_CLOSES: number[] = [CloseCodes.documentDeleted.code, CloseCodes.readOnly.code];

/** `/d/<docId>`: one document, open for editing (or reading, with a viewer link). */
export function EditorPage({ docId }: { docId: string }) {
  const { session, loaded, syncState, peopleHere, terminalClose } = useDocumentSession(docId);
  const [ownIdentity, setIdentity] = useIdentity();
  const grant = useMemo(() => grantFor(docId)?.grant, [docId]);
  // With an access link, who you are is the link's: the relay labels you from it anyway.
  // Kept the same object between renders: the editor re-labels its caret when it changes.
  const identity = useMemo(
    () =>
      grant
        ? { ...ownIdentity, name: grant.name, organisation: grant.organisation, confirmed: true }
        : ownIdentity,
    [grant, ownIdentity],
  );
  const [promptOpen, setPromptOpen] = useState(!identity.confirmed);
  const viewer = grant !== undefined && !can(grant.role, 'edit');
  const readOnly =
    viewer || (terminalClose !== undefined && READ_ONLY_CLOSES.includes(terminalClose.code));

  return (
    <div className="page page--editor">
      <header className="editor-header">
        <Link href="/" className="back-link">
          ← All protocols
        </Link>
        <SyncStatus state={syncState} peopleHere={peopleHere} />
        {session && loaded && <ExportMenu docId={docId} doc={session.doc} />}
        {grant ? (
          <span className="identity-button" data-role={grant.role}>
            You: {identityLabel(identity)} ({ROLE_LABEL[grant.role]}
            {grant.partnership ? `, ${grant.partnership}` : ''})
          </span>
        ) : (
          <button
            type="button"
            className="identity-button"
            aria-expanded={promptOpen}
            onClick={() => setPromptOpen((open) => !open)}
          >
            You: {identityLabel(identity)}
          </button>
        )}
      </header>
      {!grant && promptOpen && (
        <IdentityPrompt
          identity={identity}
          onSave={setIdentity}
          onClose={() => setPromptOpen(false)}
        />
      )}
      {viewer && !terminalClose && (
        <p className="banner" role="status" data-read-only-reason="viewer">
          Read only: you opened this document with a viewer link, so you can read it and see others’
          changes, but not edit it.
        </p>
      )}
      {terminalClose && (
        <p className="banner banner--error" role="alert" data-close-code={terminalClose.code}>
          {closeExplanation(terminalClose.code, terminalClose.reason)}
        </p>
      )}
      <main className="editor-main" id="main">
        {session && loaded ? (
          <DocumentWorkspace
            session={session}
            identity={identity}
            readOnly={readOnly}
            canManage={grant !== undefined && can(grant.role, 'manage')}
          />
        ) : (
          <p className="loading" role="status">
            Opening document…
          </p>
        )}
      </main>
    </div>
  );
}
