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
    const log = new GroupCommit<number>(
      async (items) => {
        sizes.push(items.length);
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((n) => log.add(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('runs several writes at once and settles them in the order they started', async () => {
    const gates = [deferred(), deferred(), deferred()];
    const started: number[][] = [];
    const settled: number[][] = [];
    const log = new GroupCommit<number, number>(
      async (items) => {
        started.push(items);
        await gates[started.length - 1].promise;
        return started.length;
      },
      { maxInFlight: 2, settled: (items) => settled.push(items) },
    );
    const resolved: number[] = [];
    const adds = [1, 2, 3].map((n, i) => {
      const added = (async () => {
        for (let tick = 0; tick < i * 3; tick += 1) await Promise.resolve();
        await log.add(n);
        resolved.push(n);
      })();
      return added;
    });
    while (started.length < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    // The second write started while the first was in flight; the third waits for a free slot.
    expect(started).toEqual([[1], [2]]);
    gates[1].release();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toEqual([]);
    expect(resolved).toEqual([]);
    gates[0].release();
    while (started.length < 3) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(settled).toEqual([[1], [2]]);
    expect(resolved).toEqual([1, 2]);
    gates[2].release();
    await Promise.all(adds);
    await log.idle();
    expect(settled).toEqual([[1], [2], [3]]);
  });

  it('settles a failed batch without holding up the later ones', async () => {
    const gates = [deferred(), deferred()];
    let writes = 0;
    const log = new GroupCommit<string>(
      async () => {
        writes += 1;
        const mine = writes;
        await gates[mine - 1].promise;
        if (mine === 1) throw new Error('database down');
      },
      { maxInFlight: 2 },
    );
    const first = log.add('a');
    await Promise.resolve();
    await Promise.resolve();
    const second = log.add('b');
    while (writes < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    gates[1].release();
    gates[0].release();
    await expect(first).rejects.toThrow('database down');
    await expect(second).resolves.toBeUndefined();
    await log.idle();
  });
});
