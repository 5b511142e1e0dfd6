import { page, type PageRoute } from '../../app/pageRoute';

export const goodPracticeRoutes: PageRoute[] = [
  page('gute-praxis', () => import('./components/GoodPracticeListPage'), 'GoodPracticeListPage'),
  page('gute-praxis/neu', () => import('./components/GoodPracticeFormPage'), 'GoodPracticeFormPage'),
  page('gute-praxis/:id', () => import('./components/GoodPracticePage'), 'GoodPracticePage'),
  page(
    'gute-praxis/:id/bearbeiten',
    () => import('./components/GoodPracticeFormPage'),
    'GoodPracticeFormPage',
  ),
];
