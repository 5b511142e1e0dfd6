import { page, type PageRoute } from '../../app/pageRoute';

export const personRoutes: PageRoute[] = [
  page('personen', () => import('./components/PersonListPage'), 'PersonListPage'),
  page('personen/neu', () => import('./components/PersonFormPage'), 'PersonFormPage'),
  page('personen/:id', () => import('./components/PersonPage'), 'PersonPage'),
  page('personen/:id/bearbeiten', () => import('./components/PersonFormPage'), 'PersonFormPage'),
];
