import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const profileRoutes: PageRoute[] = [
  page(routePattern(paths.profile()), () => import('./components/ProfilePage'), 'ProfilePage'),
];

/** Shown after the account is gone, so in the public layout. */
export const profilePublicRoutes: PageRoute[] = [
  page(
    routePattern(paths.accountDeleted()),
    () => import('./components/AccountDeletedPage'),
    'AccountDeletedPage',
  ),
];
