import { GroupCommit } from './group-commit.js';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('GroupCommit', () => {
  it('writes what arrives during a write together in the next write, in arrival order', async () => {
    const batches: number[][] = [];
    const gates = [deferred(), deferred()];
    const log = new GroupCommit<number>(async (items) => {
      batches.push(items);
      await gates[batches.length - 1]?.promise;
    });
    const first = log.add(1);
    await Promise.resolve();
    await Promise.resolve();
    const later = [log.add(2), log.add(3), log.add(4)];
    expect(batches).toEqual([[1]]);
    gates[0].release();
    await first;
    gates[1].release();
    await Promise.all(later);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('settles an item only after its batch committed, and rejects a failed batch without stopping', async () => {
    let fail = true;
    const log = new GroupCommit<string>(async () => {
      if (fail) throw new Error('database down');
    });
    await expect(log.add('a')).rejects.toThrow('database down');
    fail = false;
    await expect(log.add('b')).resolves.toBeUndefined();
    await log.idle();
    expect(log.pending).toBe(0);
  });

  it('caps a batch', async () => {
    const sizes: number[] = [];
    const log = new GroupCommit<number>(async (items) => {
      sizes.push(items.length);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => log.add(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });
});
