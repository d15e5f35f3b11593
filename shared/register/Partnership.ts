/** One partnership (board) in the document's register, as plain data. */
export interface Partnership {
  id: string;
  name: string;
  acronym: string;
  chair: string;
  statutoryBasis: string;
  purpose: string;
  /** One duty per line. */
  duties: string[];
  /** One priority per line. */
  priorities: string[];
}

/** The register's editable text fields. Duties and priorities are multi-line text. */
export const PARTNERSHIP_FIELDS = [
  'name',
  'acronym',
  'chair',
  'statutoryBasis',
  'purpose',
  'duties',
  'priorities',
] as const;

export type PartnershipField = (typeof PARTNERSHIP_FIELDS)[number];

/** What a partnership is called where space is short: its acronym, else its name. */
export function partnershipLabel(p: Pick<Partnership, 'name' | 'acronym'>): string {
  return p.acronym.trim() || p.name.trim() || 'Unnamed partnership';
}
