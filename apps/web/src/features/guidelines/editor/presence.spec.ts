import { presentPeople } from './presence';

const user = (id: string, name: string, color = '#1864ab') => ({ user: { id, name, color } });

describe('presentPeople', () => {
  it('lists each person once, the person at this device first, the others alphabetically', () => {
    const states = new Map<number, unknown>([
      [1, user('u-z', 'Zoë Weber')],
      [2, user('u-me', 'Ömer Kaya')],
      [3, user('u-a', 'Änne Schulz')],
      [4, user('u-z', 'Zoë Weber')],
      [5, user('u-b', 'Bernd Albers')],
    ]);
    expect(presentPeople(states, 2).map((p) => [p.name, p.self])).toEqual([
      ['Ömer Kaya', true],
      ['Änne Schulz', false],
      ['Bernd Albers', false],
      ['Zoë Weber', false],
    ]);
  });

  it('marks the person as present at this device even when another tab of theirs came first', () => {
    const states = new Map<number, unknown>([
      [1, user('u-me', 'Ömer Kaya')],
      [2, user('u-me', 'Ömer Kaya')],
    ]);
    expect(presentPeople(states, 2)).toEqual([
      { id: 'u-me', name: 'Ömer Kaya', color: '#1864ab', self: true },
    ]);
  });

  it('ignores clients that say nothing (yet) or something malformed', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, { user: { name: 'ohne id', color: '#000000' } }],
      [3, null],
      [4, user('u-a', 'Anna')],
    ]);
    expect(presentPeople(states, 9).map((p) => p.name)).toEqual(['Anna']);
  });
});
