import { Progress, formatSeconds } from './progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe('Progress', () => {
  it('prints a plain line per 10 % when not a terminal, with rate and time left', () => {
    const stream = fakeStream(false);
    let clock = 0;
    const progress = new Progress('Akteure', 1000, stream, () => clock);
    for (let i = 0; i < 10; i++) {
      clock += 1000;
      progress.advance(100);
    }
    expect(stream.writes).toHaveLength(10);
    expect(stream.writes[0]).toBe('Akteure  10 % 100/1.000 · 100/s · noch 9,0 s\n');
    expect(stream.writes.at(-1)).toBe('Akteure 100 % 1.000/1.000 · 100/s · noch 0,0 s\n');
  });

  it('redraws one line on a terminal and ends it when done', () => {
    const stream = fakeStream(true);
    let clock = 0;
    const progress = new Progress('Beziehungen', 4, stream, () => clock);
    clock = 500;
    progress.advance(2);
    clock = 1000;
    progress.advance(2);
    expect(stream.writes[0].startsWith('\rBeziehungen [############............]  50 %')).toBe(true);
    expect(stream.writes.at(-1)?.endsWith('\n')).toBe(true);
  });

  it('formats durations for people', () => {
    expect(formatSeconds(3.25)).toBe('3,3 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
  });
});
