import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

/** Pages reachable without signing in; rendered in the public layout. */
export const authRoutes: PageRoute[] = [
  page(routePattern(paths.signIn()), () => import('./components/SignInPage'), 'SignInPage', {
    firstPage: true,
  }),
  page(routePattern(paths.setup()), () => import('./components/SetupPage'), 'SetupPage', { firstPage: true }),
  page(routePattern(paths.signOut()), () => import('./components/SignOutPage'), 'SignOutPage', {
    firstPage: true,
  }),
];
