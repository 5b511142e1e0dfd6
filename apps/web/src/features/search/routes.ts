import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const searchRoutes: PageRoute[] = [
  page(routePattern(paths.search()), () => import('./components/SearchPage'), 'SearchPage'),
];
