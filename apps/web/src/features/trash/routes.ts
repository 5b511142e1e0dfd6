import { page, type PageRoute } from '../../app/pageRoute';

export const trashRoutes: PageRoute[] = [
  page('papierkorb', () => import('./components/TrashPage'), 'TrashPage'),
];
