import { entityPath } from './entityPaths';

describe('entityPath', () => {
  it('links each kind of search hit to where it can be seen', () => {
    expect(entityPath('Actor', 'a1')).toBe('/akteure/a1');
    expect(entityPath('SolutionApproach', 's1')).toBe('/loesungsansaetze/s1');
    expect(entityPath('Guideline', 'g1')).toBe('/leitfaeden/g1');
    expect(entityPath('ActionField', 'f1')).toBe('/prozesskette#feld-f1');
    expect(entityPath('ActorCategory', 'c 1')).toBe('/akteure?kategorie=c%201');
    expect(entityPath('Region', 'r1')).toBe('/akteure?region=r1');
    expect(entityPath('ActionGoal', 'g1')).toBeUndefined();
  });
});
