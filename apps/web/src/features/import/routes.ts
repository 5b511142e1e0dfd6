import { page, type PageRoute } from '../../app/pageRoute';

export const importRoutes: PageRoute[] = [
  page('import', () => import('./components/ImportPage'), 'ImportPage'),
];
