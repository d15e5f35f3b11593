import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './resolveStaticPath.ts';

describe('resolveStaticPath', () => {
  it('maps a path into the root', () => {
    expect(resolveStaticPath('/srv/www', '/assets/app-1.js')).toBe('/srv/www/assets/app-1.js');
  });

  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/assets/..%2F..%2Fsecret',
    '/a%00b',
    '/%E0%A4%A',
    '/',
    '/..',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath('/srv/www', path)).toBeUndefined();
  });
});
