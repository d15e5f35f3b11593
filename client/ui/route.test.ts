import { describe, expect, it } from 'vitest';
import { route } from './route.ts';

describe('route', () => {
  it('maps / to the document list', () => {
    expect(route('/')).toEqual({ page: 'list' });
  });

  it('maps a valid document path to that document', () => {
    expect(route('/d/sab-scb-2026')).toEqual({ page: 'document', docId: 'sab-scb-2026' });
  });

  it('refuses traversal, empty and over-long ids without treating them as documents', () => {
    for (const bad of ['/d/..%2F..%2Fetc', '/d/', '/d/a', `/d/${'x'.repeat(65)}`, '/d/%E0%A4%A']) {
      expect(route(bad).page).toBe('invalid-document');
    }
  });

  it('answers not-found for unknown pages', () => {
    expect(route('/settings')).toEqual({ page: 'not-found' });
  });
});
