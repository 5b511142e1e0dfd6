import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const processChainRoutes: PageRoute[] = [
  page(routePattern(paths.processChain()), () => import('./components/ProcessChainPage'), 'ProcessChainPage'),
];
