import { page, type PageRoute } from '../../app/pageRoute';

/** Pages reachable without signing in; rendered in the public layout. */
export const authRoutes: PageRoute[] = [
  page('anmelden', () => import('./components/SignInPage'), 'SignInPage', { firstPage: true }),
  page('setup', () => import('./components/SetupPage'), 'SetupPage', { firstPage: true }),
  page('abmelden', () => import('./components/SignOutPage'), 'SignOutPage', { firstPage: true }),
];
