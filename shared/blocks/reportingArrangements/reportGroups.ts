import type { Partnership } from '../../register/Partnership.ts';
import type { ReportingArrangementsData } from './reportingArrangements.ts';

/** The reports of one owner, as the table shows them under the owner's row header. */
export interface ReportGroup {
  /** The owner's partnership id (possibly one no longer in the register). */
  ownerId: string;
  /** The owner in the register; undefined when it is not there. */
  owner: Partnership | undefined;
  reports: ReportingArrangementsData['reports'];
}

/**
 * Reports grouped by owner: partnerships in register order (only those owning a report),
 * then one group per owner not in the register (e.g. removed), each group in stored order.
 * Groups match `moveReportInGroup`, which moves a report among those of the same owner.
 */
export function reportGroups(
  reports: ReportingArrangementsData['reports'],
  partnerships: Partnership[],
): ReportGroup[] {
  const groups: ReportGroup[] = [];
  for (const owner of partnerships) {
    const owned = reports.filter((r) => r.owner === owner.id);
    if (owned.length > 0) groups.push({ ownerId: owner.id, owner, reports: owned });
  }
  const known = new Set(partnerships.map((p) => p.id));
  const unknown = [...new Set(reports.map((r) => r.owner).filter((id) => !known.has(id)))];
  for (const ownerId of unknown) {
    groups.push({ ownerId, owner: undefined, reports: reports.filter((r) => r.owner === ownerId) });
  }
  return groups;
}
