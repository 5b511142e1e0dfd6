import { TimedValue } from './timed-value.js';

describe('TimedValue', () => {
  let now = 0;
  const clock = () => now;

  it('loads once per period, sharing the load between concurrent callers', async () => {
    let loads = 0;
    const value = new TimedValue(1_000, async () => ++loads, clock);
    expect(await Promise.all([value.get(), value.get()])).toEqual([1, 1]);
    now += 999;
    expect(await value.get()).toBe(1);
    now += 1;
    expect(await value.get()).toBe(2);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const value = new TimedValue(
      1_000,
      async () => {
        if (fail) throw new Error('unreachable');
        return 'ok';
      },
      clock,
    );
    await expect(value.get()).rejects.toThrow('unreachable');
    fail = false;
    expect(await value.get()).toBe('ok');
  });
});
