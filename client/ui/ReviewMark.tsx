import { reviewStatus } from '../../shared/blocks/documentHeader/reviewStatus.ts';
import { localToday } from '../blocks/documentHeader/localToday.ts';
import { reviewNote } from '../blocks/documentHeader/reviewNote.ts';

/** "Review due in 12 days" / "Review overdue by 3 days" for a review date ('' : nothing). */
export function ReviewMark({ reviewDate }: { reviewDate: string }) {
  const review = reviewStatus(reviewDate, localToday());
  if (review.kind === 'none') return null;
  return (
    <span className="review-mark" data-review={review.kind}>
      {reviewNote(review)}
    </span>
  );
}
