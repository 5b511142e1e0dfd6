import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const actorRoutes: PageRoute[] = [
  page(routePattern(paths.actors()), () => import('./components/ActorListPage'), 'ActorListPage'),
  page(routePattern(paths.actorNew()), () => import('./components/ActorFormPage'), 'ActorFormPage'),
  page(routePattern(paths.actor(':id')), () => import('./components/ActorPage'), 'ActorPage'),
  page(routePattern(paths.actorEdit(':id')), () => import('./components/ActorFormPage'), 'ActorFormPage'),
];
