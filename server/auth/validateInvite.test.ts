import { describe, expect, it } from 'vitest';
import { validateInvite } from './validateInvite.ts';

describe('validateInvite', () => {
  it('trims, defaults days to 30 and organisation to empty', () => {
    expect(validateInvite({ role: 'viewer', name: '  Vi ' }, 'doc-alpha')).toEqual({
      ok: true,
      init: { doc: 'doc-alpha', role: 'viewer', name: 'Vi', organisation: '', days: 30 },
    });
    expect(
      validateInvite(
        { role: 'chair', name: 'Jo', organisation: 'SSCB', partnership: ' SAB ', days: 365 },
        'doc-alpha',
      ),
    ).toEqual({
      ok: true,
      init: {
        doc: 'doc-alpha',
        role: 'chair',
        partnership: 'SAB',
        name: 'Jo',
        organisation: 'SSCB',
        days: 365,
      },
    });
  });

  it('treats an empty or null partnership of a non-chair as none', () => {
    expect(validateInvite({ role: 'editor', name: 'E', partnership: '' }, 'doc-alpha').ok).toBe(
      true,
    );
    expect(validateInvite({ role: 'editor', name: 'E', partnership: null }, 'doc-alpha').ok).toBe(
      true,
    );
  });

  it.each([
    [null, /JSON object/],
    [{ role: 'owner' }, /name is required/],
    [{ role: 'owner', name: 'x'.repeat(101) }, /at most 100/],
    [{ role: 'viewer', name: 'V', organisation: 5 }, /organisation must be a string/],
    [{ role: 'chair', name: 'C', partnership: 7 }, /partnership must be a string/],
    [{ role: 'viewer', name: 'V', days: '30' }, /days must be/],
  ])('refuses %j', (body, message) => {
    const result = validateInvite(body, 'doc-alpha');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('allows only owners on the whole workspace', () => {
    expect(validateInvite({ role: 'owner', name: 'O' }, '*').ok).toBe(true);
    expect(validateInvite({ role: 'viewer', name: 'V' }, '*').ok).toBe(false);
  });
});
