import type { Partnership } from './Partnership.ts';

/**
 * The partnership a reference names: its register id, else its acronym, else its name
 * (both compared trimmed and case-insensitively). A chair's access names their partnership
 * this way, since links are often made before the register has ids people could copy.
 */
export function findPartnership(
  partnerships: readonly Partnership[],
  reference: string,
): Partnership | undefined {
  const wanted = reference.trim().toLowerCase();
  if (!wanted) return undefined;
  return (
    partnerships.find((p) => p.id === reference.trim()) ??
    partnerships.find((p) => p.acronym.trim().toLowerCase() === wanted) ??
    partnerships.find((p) => p.name.trim().toLowerCase() === wanted)
  );
}
