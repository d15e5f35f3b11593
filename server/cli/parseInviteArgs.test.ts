import { describe, expect, it } from 'vitest';
import { parseInviteArgs } from './parseInviteArgs.ts';

describe('parseInviteArgs', () => {
  it('reads every option', () => {
    const args = ['doc-alpha', '--role', 'chair', '--partnership', 'SAB', '--name', 'Jo Reid'];
    expect(
      parseInviteArgs([
        ...args,
        '--organisation',
        'Sandwell SSCB',
        '--days',
        '7',
        '--base-url',
        'https://x.org/app/',
      ]),
    ).toEqual({
      ok: true,
      init: {
        doc: 'doc-alpha',
        role: 'chair',
        partnership: 'SAB',
        name: 'Jo Reid',
        organisation: 'Sandwell SSCB',
        days: 7,
      },
      baseUrl: 'https://x.org/app',
    });
  });

  it('names an owner from OWNER_NAME (or "Owner") and anyone else by role', () => {
    const nameOf = (argv: string[], env = {}) => {
      const result = parseInviteArgs(argv, env);
      return result.ok ? result.init.name : undefined;
    };
    expect(nameOf(['*', '--role', 'owner'])).toBe('Owner');
    expect(nameOf(['*', '--role', 'owner'], { OWNER_NAME: 'Pat' })).toBe('Pat');
    expect(nameOf(['doc-alpha', '--role', 'chair', '--partnership', 'SAB'])).toBe('SAB Chair');
    expect(nameOf(['doc-alpha', '--role', 'viewer'])).toBe('Viewer');
  });

  it('asks for help with --help', () => {
    expect(parseInviteArgs(['--help'])).toEqual({ ok: false, help: true });
  });
});
