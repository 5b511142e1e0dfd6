import { page, type PageRoute } from '../../app/pageRoute';

export const homeRoutes: PageRoute[] = [
  page('/', () => import('./components/HomePage'), 'HomePage', { firstPage: true }),
];
