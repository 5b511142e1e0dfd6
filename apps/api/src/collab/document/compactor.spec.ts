import { oneAtATime } from './compactor.js';

describe('compactions of all documents', () => {
  it('run one at a time, in the order they were asked for, also after one fails', async () => {
    const events: string[] = [];
    const compaction =
      (name: string, fails = false) =>
      async () => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 10));
        events.push(`${name} ends`);
        if (fails) throw new Error(`${name} failed`);
      };
    const done = [
      oneAtATime(compaction('a')),
      oneAtATime(compaction('b', true)).catch(() => undefined),
      oneAtATime(compaction('c')),
    ];
    await Promise.all(done);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });
});
