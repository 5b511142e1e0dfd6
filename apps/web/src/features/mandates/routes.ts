import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const mandateRoutes: PageRoute[] = [
  page(routePattern(paths.steeringGroup()), () => import('./components/MandatesPage'), 'MandatesPage'),
  page(routePattern(paths.mandateNew()), () => import('./components/MandateFormPage'), 'MandateFormPage'),
  page(
    routePattern(paths.mandateEdit(':id')),
    () => import('./components/MandateFormPage'),
    'MandateFormPage',
  ),
];
