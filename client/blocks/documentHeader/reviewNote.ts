import type { ReviewStatus } from '../../../shared/blocks/documentHeader/reviewStatus.ts';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** The words shown beside the review date, e.g. "Review due in 12 days". */
export function reviewNote({ kind, days: n }: ReviewStatus): string {
  if (kind === 'none') return 'No review date set';
  if (kind === 'overdue') return `Review overdue by ${days(n)}`;
  return n === 0 ? 'Review due today' : `Review due in ${days(n)}`;
}
