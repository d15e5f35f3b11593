import { describe, expect, it } from 'vitest';
import { validateRegister } from './validateRegister.ts';
import { partnershipFixture as p } from '../testing/partnershipFixture.ts';

describe('validateRegister', () => {
  it('accepts a register with named partnerships and distinct acronyms', () => {
    expect(
      validateRegister([
        p('a', 'Safeguarding Adults Board', 'SAB'),
        p('b', 'Safer Somerset Partnership', 'SSP'),
      ]),
    ).toEqual([]);
  });

  it('reports a partnership with no name, and warns of a missing acronym', () => {
    const problems = validateRegister([p('a', '', 'SAB'), p('b', 'Children’s Trust', '')]);
    expect(problems.map((x) => [x.code, x.severity, x.target.partnershipId])).toEqual([
      ['partnership-no-name', 'error', 'a'],
      ['partnership-no-acronym', 'warning', 'b'],
    ]);
  });

  it('reports clashing acronyms, ignoring case', () => {
    const problems = validateRegister([
      p('a', 'Safeguarding Adults Board', 'SAB'),
      p('b', 'Safer Barnsley', 'sab'),
    ]);
    expect(problems.map((x) => [x.code, x.target.partnershipId])).toEqual([
      ['partnership-duplicate-acronym', 'b'],
    ]);
  });
});
