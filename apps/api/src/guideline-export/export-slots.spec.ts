import { ExportSlots } from './export-slots.js';

describe('export slots', () => {
  it('run at most `size` exports at once and let the next one in as one ends, failed or not', async () => {
    const slots = new ExportSlots(2);
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const job = (fail = false) =>
      slots.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => release.push(resolve));
        running -= 1;
        if (fail) throw new Error('render failed');
        return 'ok';
      });
    const jobs = [job(true), job(), job(), job()];
    const settled = Promise.allSettled(jobs);
    for (let done = 0; done < jobs.length; done += 1) {
      while (release.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      expect(running).toBeLessThanOrEqual(2);
      release.shift()!();
    }
    const results = await settled;
    expect(most).toBe(2);
    expect(results.map((result) => result.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
  });
});
