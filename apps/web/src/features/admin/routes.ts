import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const adminRoutes: PageRoute[] = [
  page(routePattern(paths.admin()), () => import('./components/AdminIndexPage'), 'AdminIndexPage'),
  page(routePattern(paths.adminAccounts()), () => import('./components/AdminUsersPage'), 'AdminUsersPage'),
];
