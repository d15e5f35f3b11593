import { problem, type Problem } from '../blocks/core/Problem.ts';
import type { Partnership } from '../register/Partnership.ts';

/** Problems in the partnership register itself: unnamed partnerships, clashing acronyms. */
export function validateRegister(partnerships: Partnership[]): Problem[] {
  const problems: Problem[] = [];
  const byAcronym = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    if (!p.name.trim()) {
      problems.push(
        problem('partnership-no-name', 'error', 'A partnership in the register has no name.', {
          partnershipId: p.id,
          field: 'name',
        }),
      );
    }
    const acronym = p.acronym.trim().toUpperCase();
    if (!acronym) {
      problems.push(
        problem(
          'partnership-no-acronym',
          'warning',
          `${p.name || 'A partnership'} has no acronym.`,
          {
            partnershipId: p.id,
            field: 'acronym',
          },
        ),
      );
    } else {
      byAcronym.set(acronym, [...(byAcronym.get(acronym) ?? []), p]);
    }
  }
  for (const [acronym, same] of byAcronym) {
    if (same.length < 2) continue;
    for (const p of same.slice(1)) {
      problems.push(
        problem(
          'partnership-duplicate-acronym',
          'error',
          `Two partnerships use the acronym ${acronym}.`,
          {
            partnershipId: p.id,
            field: 'acronym',
          },
        ),
      );
    }
  }
  return problems;
}
