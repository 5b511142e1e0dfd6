import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const personRoutes: PageRoute[] = [
  page(routePattern(paths.persons()), () => import('./components/PersonListPage'), 'PersonListPage'),
  page(routePattern(paths.personNew()), () => import('./components/PersonFormPage'), 'PersonFormPage'),
  page(routePattern(paths.person(':id')), () => import('./components/PersonPage'), 'PersonPage'),
  page(routePattern(paths.personEdit(':id')), () => import('./components/PersonFormPage'), 'PersonFormPage'),
];
