import { describe, expect, it } from 'vitest';
import { parseDate } from './parseDate.ts';
import { RegisterDraft } from './RegisterDraft.ts';

describe('parseDate', () => {
  it('reads the ways protocols write dates, day first', () => {
    expect(parseDate('2019-04-30')).toBe('2019-04-30');
    expect(parseDate('28/09/17')).toBe('2017-09-28');
    expect(parseDate('08.05.2018')).toBe('2018-05-08');
    expect(parseDate('30 April 2019')).toBe('2019-04-30');
    expect(parseDate('1st Sept 2016')).toBe('2016-09-01');
    expect(parseDate('July 2016')).toBe('2016-07-01');
  });

  it('gives nothing for what is not a real date', () => {
    expect(parseDate('31/02/2019')).toBe('');
    expect(parseDate('L. Dypon')).toBe('');
    expect(parseDate('')).toBe('');
  });
});

describe('RegisterDraft', () => {
  it('finds a partnership again by acronym, by name, or by a name with the place in front', () => {
    const register = new RegisterDraft();
    const sab = register.ensure('Safeguarding Adults Board');
    expect(register.ensure('Barnsley Safeguarding Adults Board (SAB)')).toBe(sab);
    expect(sab.init).toEqual({ name: 'Safeguarding Adults Board', acronym: 'SAB' });
    expect(register.find('SAB')).toBe(sab);
    expect(register.find('Safeguarding Children’s Board')).toBeUndefined();
    expect(register.ensure('Health & Wellbeing Board').key).toBe('p2');
    expect(register.find('Health and Wellbeing Board')?.key).toBe('p2');
  });

  it('tells a board’s name from other text', () => {
    const register = new RegisterDraft();
    expect(register.isPartnership('Safer Sandwell Partnership')).toBe(true);
    expect(register.isPartnership('Community Rehabilitation Company (CRC)')).toBe(true);
    expect(register.isPartnership('Scrutiny for Policies, Adults and Health')).toBe(false);
  });
});
