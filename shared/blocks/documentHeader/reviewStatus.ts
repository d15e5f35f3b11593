import { dayNumber } from '../core/isoDate.ts';

/** How a protocol's review date stands against today. */
export interface ReviewStatus {
  /** `none`: no (valid) review date; `due`: today or later; `overdue`: before today. */
  kind: 'none' | 'due' | 'overdue';
  /** Days until the review (`due`, 0 on the day) or since it was due (`overdue`); 0 for `none`. */
  days: number;
}

/**
 * Whether the review is still to come or overdue, and by how many days, for marks such
 * as "review due in 12 days". Both dates are ISO (YYYY-MM-DD); pure, so `today` is passed in.
 */
export function reviewStatus(reviewDate: string, today: string): ReviewStatus {
  const review = dayNumber(reviewDate);
  const now = dayNumber(today);
  if (review === undefined || now === undefined) return { kind: 'none', days: 0 };
  return review >= now
    ? { kind: 'due', days: review - now }
    : { kind: 'overdue', days: now - review };
}
