import { matchPath } from 'react-router';
import { publicPages, signedInPages } from '../app/routes';
import { paths, recordPaths, routePattern } from './paths';

const patterns = [...publicPages, ...signedInPages].map((page) => page.path);
const hasPage = (path: string) => {
  const pathname = new URL(path, 'http://app.example').pathname;
  return patterns.some((pattern) => matchPath({ path: pattern, end: true }, pathname));
};

describe('paths', () => {
  it('leads every link to a page of the route table', () => {
    const built = [
      ...Object.values(paths).map((build) => (build as (id: string) => string)('id-1')),
      ...Object.values(recordPaths).flatMap((kind) => [kind.list(), kind.page('id-1'), kind.edit('id-1')]),
      paths.personNew(),
      paths.challengeNew(),
      paths.solutionNew(),
      paths.search(),
      paths.adminLegal(),
    ];
    expect(built.filter((path) => !hasPage(path))).toEqual([]);
  });

  it('builds addresses with their query', () => {
    expect(paths.personNew('a 1')).toBe('/personen/neu?akteur=a+1');
    expect(paths.solutionNew('c1')).toBe('/loesungsansaetze/neu?herausforderung=c1');
    expect(paths.challengeNew()).toBe('/herausforderungen/neu');
    expect(paths.search('Börde')).toBe('/suche?q=B%C3%B6rde');
    expect(paths.actionField('f1')).toBe('/prozesskette#feld-f1');
  });

  it('gives the route table its patterns', () => {
    expect(routePattern(paths.actor(':id'))).toBe('akteure/:id');
    expect(routePattern(paths.home())).toBe('/');
  });
});
