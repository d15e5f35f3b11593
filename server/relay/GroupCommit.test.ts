import { describe, expect, it } from 'vitest';
import type { DocAppend, DocStore } from './DocStore.ts';
import { GroupCommit, type CommitSource } from './GroupCommit.ts';

/** A store that records each batch and finishes it only when told to. */
function manualStore() {
  const batches: string[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const store = {
    appendAll(appends: readonly DocAppend[]) {
      batches.push(appends.map((append) => append.docId));
      return new Promise<void>((resolve, reject) =>
        finish.push((error) => (error ? reject(error) : resolve())),
      );
    },
  };
  return { store: store as unknown as DocStore, batches, finish };
}

/** A source with one row to write per `add`, recording how its writes ended. */
function source(docId: string) {
  let pending = 0;
  const outcomes: string[] = [];
  const self: CommitSource & { add(): void; outcomes: string[] } = {
    outcomes,
    add: () => void pending++,
    take() {
      if (pending === 0) return undefined;
      pending = 0;
      const meta = { title: '', createdAt: '', updatedAt: '' };
      return { docId, firstSeq: 0, updates: [new Uint8Array()], meta };
    },
    committed: () => void outcomes.push('committed'),
    failed: (error) => void outcomes.push(`failed: ${(error as Error).message}`),
  };
  return self;
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes the documents of one tick in one batch', async () => {
    const { store, batches, finish } = manualStore();
    const commits = new GroupCommit(store);
    const [a, b] = [source('a'), source('b')];
    a.add();
    commits.request(a);
    b.add();
    commits.request(b);
    commits.request(a);
    await nextTick();
    expect(batches).toEqual([['a', 'b']]);
    finish[0]!();
    await nextTick();
    expect([a.outcomes, b.outcomes]).toEqual([['committed'], ['committed']]);
  });

  it('keeps one batch in flight and gathers what arrives meanwhile into the next', async () => {
    const { store, batches, finish } = manualStore();
    const commits = new GroupCommit(store);
    const [a, b, c] = [source('a'), source('b'), source('c')];
    a.add();
    commits.request(a);
    await nextTick();
    b.add();
    commits.request(b);
    c.add();
    commits.request(c);
    await nextTick();
    expect(batches).toEqual([['a']]);
    finish[0]!(new Error('disk full'));
    await nextTick();
    await nextTick();
    expect(a.outcomes).toEqual(['failed: disk full']);
    expect(batches).toEqual([['a'], ['b', 'c']]);
  });

  it('writes nothing for sources that have nothing to give', async () => {
    const { store, batches } = manualStore();
    const commits = new GroupCommit(store);
    commits.request(source('empty'));
    await nextTick();
    expect(batches).toEqual([]);
  });
});
