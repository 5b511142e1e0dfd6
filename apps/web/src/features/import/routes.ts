import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const importRoutes: PageRoute[] = [
  page(routePattern(paths.import()), () => import('./components/ImportPage'), 'ImportPage'),
];
