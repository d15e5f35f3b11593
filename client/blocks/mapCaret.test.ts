import { describe, expect, it } from 'vitest';
import { mapCaret } from './mapCaret.ts';

describe('mapCaret', () => {
  it('keeps a caret before a remote insertion', () => {
    expect(mapCaret('Domestic Abuse', 'Domestic Abuse and Violence', 3)).toBe(3);
  });

  it('shifts a caret after a remote insertion', () => {
    expect(mapCaret('Abuse', 'Domestic Abuse', 5)).toBe(14);
  });

  it('shifts a caret after a remote deletion', () => {
    expect(mapCaret('Drug & Alcohol Misuse', 'Alcohol Misuse', 21)).toBe(14);
  });

  it('puts a caret inside a replaced region at its end', () => {
    expect(mapCaret('Lead role', 'Contributing role', 2)).toBe(12);
  });
});
