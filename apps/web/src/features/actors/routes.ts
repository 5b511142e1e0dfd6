import { page, type PageRoute } from '../../app/pageRoute';

export const actorRoutes: PageRoute[] = [
  page('akteure', () => import('./components/ActorListPage'), 'ActorListPage'),
  page('akteure/neu', () => import('./components/ActorFormPage'), 'ActorFormPage'),
  page('akteure/:id', () => import('./components/ActorPage'), 'ActorPage'),
  page('akteure/:id/bearbeiten', () => import('./components/ActorFormPage'), 'ActorFormPage'),
];
