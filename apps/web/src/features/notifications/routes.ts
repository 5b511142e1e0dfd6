import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const notificationRoutes: PageRoute[] = [
  page(
    routePattern(paths.notifications()),
    () => import('./components/NotificationsPage'),
    'NotificationsPage',
  ),
];
