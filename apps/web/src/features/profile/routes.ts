import { page, type PageRoute } from '../../app/pageRoute';

export const profileRoutes: PageRoute[] = [
  page('profil', () => import('./components/ProfilePage'), 'ProfilePage'),
];

/** Shown after the account is gone, so in the public layout. */
export const profilePublicRoutes: PageRoute[] = [
  page('konto-geloescht', () => import('./components/AccountDeletedPage'), 'AccountDeletedPage'),
];
