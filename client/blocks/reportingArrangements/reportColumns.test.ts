import { describe, expect, it } from 'vitest';
import { reportColumns } from './reportColumns.ts';
import { partnershipFixture as board } from '../../../shared/testing/partnershipFixture.ts';

describe('reportColumns', () => {
  it('puts the register’s partnerships first, in order, then the other bodies', () => {
    const columns = reportColumns(
      [board('p1', 'Health and Wellbeing Board', 'HWB'), board('p2', '', '')],
      [
        { id: 'c1', name: 'Scrutiny Committee' },
        { id: 'c2', name: ' ' },
      ],
    );
    expect(columns).toEqual([
      { id: 'p1', name: 'Health and Wellbeing Board', short: 'HWB', partnership: true },
      { id: 'p2', name: 'Unnamed partnership', short: 'Unnamed partnership', partnership: true },
      { id: 'c1', name: 'Scrutiny Committee', short: 'Scrutiny Committee', partnership: false },
      { id: 'c2', name: 'Unnamed body', short: 'Unnamed body', partnership: false },
    ]);
  });
});
