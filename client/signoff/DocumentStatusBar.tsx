import type * as Y from 'yjs';
import { headerReviewDate } from '../../shared/blocks/documentHeader/headerReviewDate.ts';
import {
  signoffStatusLine,
  type SignoffState,
} from '../../shared/versions/signoff/signoffState.ts';
import { ReviewMark } from '../ui/ReviewMark.tsx';
import './signoff.css';
import { useYValue } from '../blocks/useYValue.ts';
import { blocksMap } from '../../shared/blocks/core/blockStore.ts';
import { bodyFragment } from '../../shared/document/docFields.ts';

/** Which state a status line is in, for styling and tests. */
function statusKind(state: SignoffState | undefined): string {
  if (!state) return 'draft';
  if (state.final) return state.changedSince ? 'changed-since-signed' : 'final';
  return 'awaiting';
}

/**
 * Above the document: whether it is Final (every partnership signed the version proposed,
 * and nothing changed since) or a draft, and when its review is due.
 */
export function DocumentStatusBar({ doc, state }: { doc: Y.Doc; state: SignoffState | undefined }) {
  const reviewDate = useYValue([bodyFragment(doc), blocksMap(doc)], () => headerReviewDate(doc));
  return (
    <p className="document-status">
      <span className="document-status__signoff" data-signoff={statusKind(state)}>
        {signoffStatusLine(state)}
      </span>
      <ReviewMark reviewDate={reviewDate} />
    </p>
  );
}
