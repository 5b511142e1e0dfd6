import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const goodPracticeRoutes: PageRoute[] = [
  page(
    routePattern(paths.goodPractices()),
    () => import('./components/GoodPracticeListPage'),
    'GoodPracticeListPage',
  ),
  page(
    routePattern(paths.goodPracticeNew()),
    () => import('./components/GoodPracticeFormPage'),
    'GoodPracticeFormPage',
  ),
  page(
    routePattern(paths.goodPractice(':id')),
    () => import('./components/GoodPracticePage'),
    'GoodPracticePage',
  ),
  page(
    routePattern(paths.goodPracticeEdit(':id')),
    () => import('./components/GoodPracticeFormPage'),
    'GoodPracticeFormPage',
  ),
];
