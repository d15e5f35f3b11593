import { isIsoDate } from '../blocks/core/isoDate.ts';
import { MONTH_NAMES } from '../publish/longDate.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(value) ? value : '';
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(lower.slice(0, 3))) + 1;
}

/**
 * A date as people write it in protocols, as an ISO date: "2019-04-30", "30/04/2019",
 * "28/09/17" (day first, as in England), "30 April 2019", "30th Apr 2019". A month alone
 * ("April 2019") is its first day. Anything else gives ''.
 */
export function parseDate(text: string): string {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[3]);
    return iso(year < 100 ? 2000 + year : year, Number(match[2]), Number(match[1]));
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[2]!);
    return month ? iso(Number(match[3]), month, Number(match[1])) : '';
  }
  match = /^([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[1]!);
    return month ? iso(Number(match[2]), month, 1) : '';
  }
  return '';
}
