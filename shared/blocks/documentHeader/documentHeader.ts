import * as Y from 'yjs';
import { titleText } from '../../document/docFields.ts';
import { setText } from '../../document/setText.ts';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readText, readValue, writeText } from '../core/fields.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { isIsoDate } from '../core/isoDate.ts';

export { reviewStatus, type ReviewStatus } from './reviewStatus.ts';

/** Where a protocol is in its life. A later sign-off feature will set `final` itself. */
export type DocumentStatus = 'draft' | 'final';

/** Every status, in the order the select offers them. */
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['draft', 'final'];

/** How each status is written, e.g. "April 2018 (final)". */
export const STATUS_LABEL: Record<DocumentStatus, string> = { draft: 'Draft', final: 'Final' };

/**
 * The document header's own fields. The title is not here: it is the document's title
 * (`titleText(doc)`), which the header edits in place so there is only one.
 */
export interface DocumentHeaderData {
  status: DocumentStatus;
  /** e.g. "0.4"; '' when missing. */
  version: string;
  /** ISO date (YYYY-MM-DD) of the next review; '' when not set. */
  reviewDate: string;
}

const isStatus = (value: unknown): value is DocumentStatus =>
  (DOCUMENT_STATUSES as readonly unknown[]).includes(value);

/** Renames the document: the same shared title the editor shows above the body. */
export function setDocumentTitle(doc: Y.Doc, title: string): void {
  setText(titleText(doc), title);
}

/** Sets the status (concurrent changes: last writer wins). */
export function setStatus(block: Y.Map<unknown>, status: DocumentStatus): void {
  if (block.get('status') !== status) block.set('status', status);
}

/** Sets the version text, e.g. "0.4" (a shared text, so concurrent typing merges). */
export function setVersion(block: Y.Map<unknown>, version: string): void {
  writeText(block, 'version', version);
}

/** Sets the review date (ISO, YYYY-MM-DD); '' or an invalid date clears it. */
export function setReviewDate(block: Y.Map<unknown>, reviewDate: string): void {
  if (!isIsoDate(reviewDate)) {
    if (block.has('reviewDate')) block.delete('reviewDate');
  } else if (block.get('reviewDate') !== reviewDate) {
    block.set('reviewDate', reviewDate);
  }
}

/** The document header block: title, status, version and review date. */
export const documentHeader: BlockDefinition<DocumentHeaderData> = {
  type: 'documentHeader',
  label: 'Document header',
  description: 'Title, status (Draft / Final), version and review date',
  keywords: ['header', 'title', 'status', 'version', 'review'],

  create(block) {
    block.set('status', 'draft');
    block.set('version', new Y.Text('0.1'));
  },

  read(block) {
    return {
      status: readValue(block, 'status', isStatus) ?? 'draft',
      version: readText(block, 'version'),
      reviewDate: readValue(block, 'reviewDate', isIsoDate) ?? '',
    };
  },

  validate(data, { today }, blockId) {
    const problems: Problem[] = [];
    if (!data.version.trim()) {
      problems.push(
        problem('empty-cell', 'warning', 'The document header has no version number.', {
          blockId,
          field: 'version',
        }),
      );
    }
    const target = { blockId, field: 'reviewDate' };
    if (!data.reviewDate) {
      problems.push(
        problem('review-date-missing', 'error', 'The protocol has no review date.', target),
      );
    } else if (data.reviewDate < today) {
      problems.push(
        problem(
          'review-date-past',
          'error',
          `The review date (${data.reviewDate}) has passed; review the protocol or set a new date.`,
          target,
        ),
      );
    }
    return problems;
  },

  usesPartnership() {
    return false;
  },
};
