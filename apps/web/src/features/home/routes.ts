import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const homeRoutes: PageRoute[] = [
  page(routePattern(paths.home()), () => import('./components/HomePage'), 'HomePage', { firstPage: true }),
];
