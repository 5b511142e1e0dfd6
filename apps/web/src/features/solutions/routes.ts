import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const solutionRoutes: PageRoute[] = [
  page(routePattern(paths.solutions()), () => import('./components/SolutionListPage'), 'SolutionListPage'),
  page(routePattern(paths.solutionNew()), () => import('./components/SolutionFormPage'), 'SolutionFormPage'),
  page(routePattern(paths.solution(':id')), () => import('./components/SolutionPage'), 'SolutionPage'),
  page(
    routePattern(paths.solutionEdit(':id')),
    () => import('./components/SolutionFormPage'),
    'SolutionFormPage',
  ),
];
