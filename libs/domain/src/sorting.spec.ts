import { germanSortKey } from './sorting.js';

describe('germanSortKey', () => {
  it('sorts umlauts with their base letter and ß as ss', () => {
    const names = ['Zentrum', 'Ärztekammer', 'Agentur', 'Straße', 'Strasbourg', 'Öko-Institut'];
    const sorted = [...names].sort((a, b) => (germanSortKey(a) < germanSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['Agentur', 'Ärztekammer', 'Öko-Institut', 'Strasbourg', 'Straße', 'Zentrum']);
  });
});
