import { page, type PageRoute } from '../../app/pageRoute';

export const solutionRoutes: PageRoute[] = [
  page('loesungsansaetze', () => import('./components/SolutionListPage'), 'SolutionListPage'),
  page('loesungsansaetze/neu', () => import('./components/SolutionFormPage'), 'SolutionFormPage'),
  page('loesungsansaetze/:id', () => import('./components/SolutionPage'), 'SolutionPage'),
  page('loesungsansaetze/:id/bearbeiten', () => import('./components/SolutionFormPage'), 'SolutionFormPage'),
];
