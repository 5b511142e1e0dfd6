import { agreementSeedData } from './agreement-seed.data.js';

describe('agreement seed data', () => {
  const data = agreementSeedData();

  it('chains the nine fields in position order', () => {
    expect(data.fields.map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(data.chain).toHaveLength(8);
    expect(data.chain[0]).toEqual({ from: 'aufenthalt-ankommen', to: 'anerkennung' });
    expect(data.chain.at(-1)).toEqual({ from: 'migrantenselbstorganisationen', to: 'willkommenskultur' });
  });

  it('gives every named node a German sort key', () => {
    const region = data.regions.find((r) => r.key === 'dessau-rosslau');
    expect(region?.sortKey).toBe('dessau-rosslau');
    expect(data.fields.find((f) => f.key === 'uebergangsmanagement')?.sortKey).toBe(
      'prozessketten-ubergangs-management',
    );
  });

  it('names every category in English as the annex does', () => {
    expect(data.categories).toHaveLength(19);
    expect(data.categories.filter((c) => !c.nameEn)).toEqual([]);
    expect(data.categories.find((c) => c.key === 'migrantenorganisationen')?.nameEn).toBe(
      'Migrant organisations',
    );
  });

  it('carries the rules with the date the agreement came into force', () => {
    expect(data.agreement.inForce).toBe('2024-02-29');
    expect(data.agreement.steeringGroupMaxPersons).toBe(10);
  });
});
