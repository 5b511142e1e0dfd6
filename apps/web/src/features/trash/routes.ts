import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const trashRoutes: PageRoute[] = [
  page(routePattern(paths.trash()), () => import('./components/TrashPage'), 'TrashPage'),
];
