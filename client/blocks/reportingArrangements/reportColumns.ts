import type { ReportingArrangementsData } from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import { partnershipLabel, type Partnership } from '../../../shared/register/Partnership.ts';

/** One receiving column as the table heads it. */
export interface ReportColumn {
  id: string;
  /** Full name, for accessible names and the abbreviation's expansion. */
  name: string;
  /** What the header shows: the acronym of a partnership, the name of another body. */
  short: string;
  partnership: boolean;
}

/** The receiving columns: the register's partnerships in order, then the other bodies. */
export function reportColumns(
  partnerships: Partnership[],
  otherBodies: ReportingArrangementsData['otherBodies'],
): ReportColumn[] {
  return [
    ...partnerships.map((p) => ({
      id: p.id,
      name: p.name.trim() || partnershipLabel(p),
      short: partnershipLabel(p),
      partnership: true,
    })),
    ...otherBodies.map((b) => {
      const name = b.name.trim() || 'Unnamed body';
      return { id: b.id, name, short: name, partnership: false };
    }),
  ];
}
