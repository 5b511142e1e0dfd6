import { orderThreads, threadAt } from './threadOrder';

const thread = (id: string, createdAt: string, resolved = false) => ({ id, createdAt, resolved });

describe('the order of comment threads', () => {
  const threads = [
    thread('spät-oben', '2026-12-03T10:05:00Z'),
    thread('früh-unten', '2026-12-03T10:00:00Z'),
    thread('entfernt-neu', '2026-12-03T10:09:00Z'),
    thread('entfernt-alt', '2026-12-03T10:01:00Z'),
    thread('erledigt', '2026-12-03T10:02:00Z', true),
  ];
  const ranges = {
    'spät-oben': { from: 3, to: 9 },
    'früh-unten': { from: 40, to: 44 },
    'entfernt-neu': null,
    erledigt: { from: 20, to: 25 },
  };

  it('lists threads in the order of their text, then those whose text was deleted, oldest first', () => {
    expect(orderThreads(threads, ranges, false).map((t) => t.id)).toEqual([
      'spät-oben',
      'früh-unten',
      'entfernt-alt',
      'entfernt-neu',
    ]);
  });

  it('shows resolved threads in their place when asked for', () => {
    const shown = orderThreads(threads, ranges, true);
    expect(shown.map((t) => t.id)).toEqual([
      'spät-oben',
      'erledigt',
      'früh-unten',
      'entfernt-alt',
      'entfernt-neu',
    ]);
    expect(shown[1].range).toEqual({ from: 20, to: 25 });
    expect(shown[3].range).toBeNull();
  });

  it('finds the innermost thread at a position', () => {
    const nested = { aussen: { from: 1, to: 30 }, innen: { from: 5, to: 8 }, weg: null };
    expect(threadAt(nested, 6)).toBe('innen');
    expect(threadAt(nested, 20)).toBe('aussen');
    expect(threadAt(nested, 31)).toBeNull();
  });
});
