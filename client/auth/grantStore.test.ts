import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64Url.ts';
import type { Grant } from '../../shared/auth/grant.ts';
import { forgetGrant, grantFor, saveGrant, workspaceGrant } from './grantStore.ts';

class MemoryStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

const token = (grant: Partial<Grant>) => {
  const full: Grant = {
    v: 1,
    lid: 'l1',
    doc: 'doc-one',
    role: 'viewer',
    name: 'Scrutiny committee',
    organisation: 'Council',
    iat: 1,
    exp: 2,
    ...grant,
  };
  return `${toBase64Url(new TextEncoder().encode(JSON.stringify(full)))}.c2ln`;
};

describe('grants kept on this device', () => {
  it('keeps a document grant and a workspace grant, preferring the document’s own', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    saveGrant(token({ doc: '*', role: 'owner', lid: 'w' }), storage);
    saveGrant(token({ doc: 'doc-one', role: 'viewer', lid: 'v' }), storage);
    expect(grantFor('doc-one', storage)?.grant.lid).toBe('v');
    expect(grantFor('doc-two', storage)?.grant.lid).toBe('w');
    expect(workspaceGrant(storage)?.grant.role).toBe('owner');
    forgetGrant('doc-one', storage);
    expect(grantFor('doc-one', storage)?.grant.lid).toBe('w');
  });

  it('ignores a token that cannot be read', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    expect(saveGrant('not-a-token', storage)).toBeUndefined();
    expect(saveGrant('e30.c2ln', storage)).toBeUndefined(); // "{}" is no grant
    expect(grantFor('doc-one', storage)).toBeUndefined();
  });
});
