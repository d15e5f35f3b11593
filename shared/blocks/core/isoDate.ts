const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a value is an ISO calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== undefined;
}

/** Days since 1970-01-01 of an ISO date, or undefined when it is not a real date. */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2019-02-30 over to March: such a date does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(ms / DAY_MS);
}
