import { describe, expect, it } from 'vitest';
import { identityLabel, loadIdentity, saveIdentity } from './identity.ts';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  private readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

describe('identity on this device', () => {
  it('gives a first-time visitor a guest identity they can type under at once', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const first = loadIdentity(storage);
    expect(first.confirmed).toBe(false);
    expect(first.name).toMatch(/^Guest \d{3}$/);
    expect(loadIdentity(storage)).toEqual(first);
  });

  it('keeps the name and organisation the person saved', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const saved = {
      name: 'Amira Khan',
      organisation: 'Barnsley SAB',
      color: '#1d4ed8',
      confirmed: true,
    };
    saveIdentity(saved, storage);
    expect(loadIdentity(storage)).toEqual(saved);
  });

  it('replaces a corrupt entry instead of failing', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem('protocol-editor.identity', '{not json');
    expect(loadIdentity(storage).confirmed).toBe(false);
  });

  it('labels a person with their organisation when they gave one', () => {
    expect(identityLabel({ name: 'Ben', organisation: 'Safer Barnsley' })).toBe(
      'Ben · Safer Barnsley',
    );
    expect(identityLabel({ name: 'Ben', organisation: '' })).toBe('Ben');
  });
});
