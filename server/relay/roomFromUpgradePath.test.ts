import { describe, expect, it } from 'vitest';
import { roomFromUpgradePath } from './roomFromUpgradePath.ts';

describe('roomFromUpgradePath', () => {
  it('opens a room for a valid id, with or without a query', () => {
    expect(roomFromUpgradePath('/ws/abc123')).toEqual({ kind: 'document', docId: 'abc123' });
    expect(roomFromUpgradePath('/ws/abc-123?token=x')).toEqual({
      kind: 'document',
      docId: 'abc-123',
    });
  });

  it.each([
    '/ws',
    '/ws/',
    '/ws/ab',
    '/ws/..%2F..%2Fetc',
    '/ws/../etc',
    '/ws/a%2Fb%2Fc',
    '/ws/abc%00',
    '/ws/%E0%A4%A',
    '/ws/abc/def',
    `/ws/${'a'.repeat(65)}`,
    '/ws/-abc',
  ])('treats %s as an invalid document id', (url) => {
    expect(roomFromUpgradePath(url)).toEqual({ kind: 'invalid-doc-id' });
  });

  it.each(['/', '/wsx/abc123', '/api/docs', undefined])('ignores %s', (url) => {
    expect(roomFromUpgradePath(url)).toEqual({ kind: 'outside' });
  });
});
