import { partnershipLabel, type Partnership } from '../../shared/register/Partnership.ts';

/** A partnership by its short label, its full name on hover and for screen readers. */
export function PartnershipAbbr({ partnership }: { partnership: Partnership }) {
  return <abbr title={partnership.name}>{partnershipLabel(partnership)}</abbr>;
}
