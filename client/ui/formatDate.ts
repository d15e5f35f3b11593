const formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp as people in the UK read it, e.g. "22 Nov 2026, 10:20". */
export function formatDate(millis: number): string {
  return millis > 0 ? formatter.format(millis) : '—';
}
