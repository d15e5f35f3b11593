import { titleText } from '../../../shared/document/docFields.ts';
import {
  DOCUMENT_STATUSES,
  documentHeader,
  reviewStatus,
  setDocumentTitle,
  setReviewDate,
  setStatus,
  setVersion,
  STATUS_LABEL,
  type DocumentStatus,
} from '../../../shared/blocks/documentHeader/documentHeader.ts';
import { signoffStatusLine } from '../../../shared/versions/signoff/signoffState.ts';
import { useBlocks } from '../BlocksContext.tsx';
import type { BlockViewProps } from '../BlockViewProps.ts';
import { problemProps, problemsAt } from '../problemMarks.ts';
import { TextInput } from '../TextInput.tsx';
import { useYValue } from '../useYValue.ts';
import { localToday } from './localToday.ts';
import { reviewNote } from './reviewNote.ts';
import './documentHeader.css';

/**
 * The protocol's header: its title (the document's own title, edited in place), status,
 * version and review date, with how far off the review is.
 */
export function DocumentHeaderView({
  doc,
  block,
  blockId,
  problems,
  readOnly,
  edit,
}: BlockViewProps) {
  const title = titleText(doc);
  const titleValue = useYValue([title], () => title.toString());
  const data = useYValue([block], () => documentHeader.read(block));
  const review = reviewStatus(data.reviewDate, localToday());
  const at = (field: string) => problemProps(problemsAt(problems, { field }));
  const noteId = `${blockId}-review-note`;
  const signoff = useBlocks().signoff?.state;

  return (
    <div className="doc-header">
      <label className="field doc-header__title">
        <span>Title</span>
        <TextInput
          value={titleValue}
          readOnly={readOnly}
          placeholder="Untitled protocol"
          maxLength={200}
          onValue={(v) => edit(() => setDocumentTitle(doc, v))}
        />
      </label>
      <label className="field">
        <span>Status</span>
        <select
          value={data.status}
          disabled={readOnly}
          onChange={(e) => edit(() => setStatus(block, e.target.value as DocumentStatus))}
        >
          {DOCUMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Version</span>
        <TextInput
          value={data.version}
          readOnly={readOnly}
          placeholder="e.g. 0.4"
          size={8}
          {...at('version')}
          onValue={(v) => edit(() => setVersion(block, v))}
        />
      </label>
      <label className="field">
        <span>Review date</span>
        <input
          type="date"
          value={data.reviewDate}
          readOnly={readOnly}
          aria-describedby={noteId}
          {...at('reviewDate')}
          onChange={(e) => edit(() => setReviewDate(block, e.target.value))}
        />
      </label>
      {signoff && (
        <p className="doc-header__signoff" data-final={signoff.final && !signoff.changedSince}>
          {signoffStatusLine(signoff)}
        </p>
      )}
      <p id={noteId} className={`doc-header__review doc-header__review--${review.kind}`}>
        {reviewNote(review)}
      </p>
    </div>
  );
}
