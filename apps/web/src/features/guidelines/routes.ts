import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const guidelineRoutes: PageRoute[] = [
  page(routePattern(paths.guidelines()), () => import('./components/GuidelineListPage'), 'GuidelineListPage'),
  page(
    routePattern(paths.guidelineNew()),
    () => import('./components/GuidelineFormPage'),
    'GuidelineFormPage',
  ),
  page(routePattern(paths.guideline(':id')), () => import('./components/GuidelinePage'), 'GuidelinePage'),
  page(
    routePattern(paths.guidelineVersion(':id', ':number')),
    () => import('./versions/GuidelineVersionPage'),
    'GuidelineVersionPage',
  ),
  page(
    routePattern(paths.guidelineEdit(':id')),
    () => import('./components/GuidelineFormPage'),
    'GuidelineFormPage',
  ),
];
