import type { Partnership } from '../register/Partnership.ts';

/** Test helper: a partnership with a name and acronym and every other field empty. */
export function partnershipFixture(id: string, name: string, acronym: string): Partnership {
  return {
    id,
    name,
    acronym,
    chair: '',
    statutoryBasis: '',
    purpose: '',
    duties: [],
    priorities: [],
  };
}
