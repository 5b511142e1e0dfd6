import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const steeringRoutes: PageRoute[] = [
  page(
    routePattern(paths.steeringBoard()),
    () => import('./components/SteeringBoardPage'),
    'SteeringBoardPage',
  ),
  page(routePattern(paths.steeringGaps()), () => import('./components/GapsPage'), 'GapsPage'),
];
