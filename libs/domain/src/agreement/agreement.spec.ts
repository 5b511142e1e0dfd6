import { ACTION_FIELDS, ACTOR_CATEGORIES, ACTION_GOALS, categoryPlacements } from './agreement.js';
import { REGIONS } from '../regions.js';

describe('the agreement as data', () => {
  it('has the nine action fields in process-chain order', () => {
    expect(ACTION_FIELDS.map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ACTION_FIELDS[0].name).toBe('Aufenthalt und Ankommen');
  });

  it('places 19 categories in 48 placements, each to a known category', () => {
    const keys = new Set(ACTOR_CATEGORIES.map((c) => c.key));
    expect(keys.size).toBe(19);
    const placements = categoryPlacements();
    expect(placements).toHaveLength(48);
    for (const p of placements) expect(keys.has(p.categoryKey)).toBe(true);
  });

  it('names every category in German and English', () => {
    for (const category of ACTOR_CATEGORIES) {
      expect(category.name.trim()).not.toBe('');
      expect(category.nameEn.trim()).not.toBe('');
    }
    expect(ACTOR_CATEGORIES.find((c) => c.key === 'bundesagentur')?.nameEn).toBe('Federal Employment Agency');
  });

  it('names six action goals and 14 regions', () => {
    expect(ACTION_GOALS.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(REGIONS).toHaveLength(14);
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.name)).toContain('Dessau-Roßlau');
  });
});
