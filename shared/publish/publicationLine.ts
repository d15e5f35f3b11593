import { longDate } from './longDate.ts';
import type { PublicationInfo } from './Publication.ts';

/** "Version 0.4 · Draft · Review date 30 April 2019", for the running footer. */
export function publicationLine(info: PublicationInfo): string {
  return [
    info.version && `Version ${info.version}`,
    info.status,
    info.reviewDate && `Review date ${longDate(info.reviewDate)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
