import { changesOnCreate, changesOnDelete } from './changes.js';

describe('history of creates and deletes', () => {
  const snapshot = {
    title: 'Sprachkurse',
    description: null,
    year: 0,
    challengeIds: [],
    carrierIds: ['a', 'b'],
  };

  it('lists the fields that have a value, from null, leaving out empty ones', () => {
    expect(changesOnCreate(snapshot)).toEqual({
      title: { from: null, to: 'Sprachkurse' },
      year: { from: null, to: 0 },
      carrierIds: { from: null, to: ['a', 'b'] },
    });
  });

  it('turns the same fields around for a delete, so the last state stays readable', () => {
    expect(changesOnDelete(snapshot)).toEqual({
      title: { from: 'Sprachkurse', to: null },
      year: { from: 0, to: null },
      carrierIds: { from: ['a', 'b'], to: null },
    });
  });
});
