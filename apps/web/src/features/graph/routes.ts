import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const graphRoutes: PageRoute[] = [
  page(routePattern(paths.graph()), () => import('./components/GraphPage'), 'GraphPage'),
];
