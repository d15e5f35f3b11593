import type { Partnership } from '../register/Partnership.ts';

/**
 * How a partnership is named in a published table: "Safeguarding Adults Board (SAB)",
 * so a reader sees both and an import can take both back.
 */
export function partnershipHeading(p: Pick<Partnership, 'name' | 'acronym'>): string {
  const name = p.name.trim();
  const acronym = p.acronym.trim();
  if (name && acronym) return `${name} (${acronym})`;
  return name || acronym || 'Unnamed partnership';
}
