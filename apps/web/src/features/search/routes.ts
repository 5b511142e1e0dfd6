import { page, type PageRoute } from '../../app/pageRoute';

export const searchRoutes: PageRoute[] = [
  page('suche', () => import('./components/SearchPage'), 'SearchPage'),
];
