import { describe, expect, it } from 'vitest';
import { findAcronyms } from './findAcronyms.ts';

describe('findAcronyms', () => {
  it('finds words of two or more capitals, each once, in order of first use', () => {
    const text =
      'The HWBB and the SSAB agree. The HWBB receives the JSNA.\nCSE is led by the SSCB.';
    expect(findAcronyms(text)).toEqual(['HWBB', 'SSAB', 'JSNA', 'CSE', 'SSCB']);
  });

  it('keeps digits and inner ampersands, not a trailing one', () => {
    expect(findAcronyms('Pressure on A&E and COVID19 plans; the SCB& others')).toEqual([
      'A&E',
      'COVID19',
      'SCB',
    ]);
  });

  it('reads a plural with a lower-case s as the acronym', () => {
    expect(findAcronyms('Boards commission SARs and DHRs.')).toEqual(['SAR', 'DHR']);
  });

  it('ignores capitals inside words, single capitals and one capital with digits', () => {
    expect(findAcronyms('McDonald and iPhone users; Annex A; the M6; Section S11')).toEqual([]);
  });

  it('ignores words longer than ten characters', () => {
    expect(findAcronyms('ABCDEFGHIJK but ABCDEFGHIJ')).toEqual(['ABCDEFGHIJ']);
  });

  it('ignores Roman numerals but not acronyms made of their letters', () => {
    expect(findAcronyms('See clause II and appendix XIV; the VCS and CDOP')).toEqual([
      'VCS',
      'CDOP',
    ]);
  });

  it('ignores well-known abbreviations and short words typed in capitals', () => {
    expect(findAcronyms('Across the UK, partners MUST NOT share it; NB: the CSP will.')).toEqual([
      'CSP',
    ]);
  });

  it('ignores every word of a heading written in capitals', () => {
    expect(findAcronyms('ROLES AND RESPONSIBILITIES OF THE SAB\nThe SCB leads.')).toEqual(['SCB']);
    expect(findAcronyms('SSAB – SSCB')).toEqual(['SSAB', 'SSCB']);
  });

  it('finds nothing in an empty text', () => {
    expect(findAcronyms('')).toEqual([]);
  });
});
