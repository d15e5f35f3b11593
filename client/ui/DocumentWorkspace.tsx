import { memo, useState } from 'react';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import { AccessPanel } from '../access/AccessPanel.tsx';
import { VersionsPanel } from '../versions/VersionsPanel.tsx';
import { useRegister } from '../blocks/useRegister.ts';
import { useSharedUndoKeys } from '../blocks/useSharedUndoKeys.ts';
import { DocumentEditor } from '../editor/DocumentEditor.tsx';
import { TitleField } from '../editor/TitleField.tsx';
import type { Identity } from '../identity/identity.ts';
import { RegisterPanel } from '../register/RegisterPanel.tsx';
import type { DocumentSession } from '../session/DocumentSession.ts';
import { jumpToProblem } from '../validation/jumpToProblem.ts';
import { useProblems } from '../validation/useProblems.ts';
import { ValidationPanel } from '../validation/ValidationPanel.tsx';
import { DocumentStatusBar } from '../signoff/DocumentStatusBar.tsx';
import { useSignoffView } from '../signoff/useSignoffView.ts';
import { SidePanel } from './SidePanel.tsx';

/**
 * An open document: title, editor, and the side panel with problems and partnerships.
 * Memoised: the page around it re-renders whenever the sync state changes (every keystroke),
 * and none of that concerns the workspace.
 */
export const DocumentWorkspace = memo(function DocumentWorkspace({
  session,
  identity,
  readOnly,
  canManage,
}: {
  session: DocumentSession;
  identity: Identity;
  readOnly: boolean;
  /** Whether this person may manage access (an owner): shows the Access tab. */
  canManage: boolean;
}) {
  const problems = useProblems(session.doc);
  const partnerships = useRegister(session.doc);
  const signoff = useSignoffView(session.doc, session.docId, partnerships);
  const [tab, setTab] = useState('problems');
  useSharedUndoKeys(session.doc, !readOnly);

  const jump = (problem: Problem) => {
    if (problem.target.partnershipId && !problem.target.blockId) {
      setTab('partnerships');
      requestAnimationFrame(() => {
        const { partnershipId, field = 'name' } = problem.target;
        document
          .querySelector<HTMLElement>(`[data-partnership-field="${partnershipId}:${field}"]`)
          ?.focus();
      });
      return;
    }
    jumpToProblem(problem);
  };

  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="workspace">
      <div className="workspace__document">
        <DocumentStatusBar doc={session.doc} state={signoff.state} />
        <TitleField doc={session.doc} readOnly={readOnly} />
        <DocumentEditor
          session={session}
          identity={identity}
          readOnly={readOnly}
          problems={problems}
          signoff={signoff}
          onRegisterUndone={() => setTab('partnerships')}
        />
      </div>
      <SidePanel
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'problems',
            label: problems.length ? `Problems (${problems.length})` : 'Problems',
            content: <ValidationPanel problems={problems} onJump={jump} />,
          },
          {
            id: 'versions',
            label: 'Versions',
            content: (
              <VersionsPanel
                doc={session.doc}
                docId={session.docId}
                author={identity.name}
                readOnly={readOnly}
                signoff={signoff}
              />
            ),
          },
          ...(canManage
            ? [
                {
                  id: 'access',
                  label: 'Access',
                  content: <AccessPanel docId={session.docId} partnerships={partnerships} />,
                },
              ]
            : []),
          {
            id: 'partnerships',
            label: `Partnerships (${partnerships.length})`,
            content: (
              <RegisterPanel
                doc={session.doc}
                partnerships={partnerships}
                problems={problems}
                readOnly={readOnly}
              />
            ),
          },
        ]}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {errors === 0 ? 'No errors' : `${errors} error${errors === 1 ? '' : 's'}`}
      </p>
    </div>
  );
});
