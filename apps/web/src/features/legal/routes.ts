import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';
import { legalPageOf } from './legalPages';

/** Impressum, Datenschutz, Barrierefreiheit: public, shown in the public layout. */
export const legalRoutes: PageRoute[] = [
  page(routePattern(legalPageOf('imprint').path), () => import('./components/LegalPage'), 'ImprintPage'),
  page(routePattern(legalPageOf('privacy').path), () => import('./components/LegalPage'), 'PrivacyPage'),
  page(
    routePattern(legalPageOf('accessibility').path),
    () => import('./components/LegalPage'),
    'AccessibilityPage',
  ),
];

/** The editor for admins, in the signed-in layout. */
export const legalAdminRoutes: PageRoute[] = [
  page(routePattern(paths.adminLegal()), () => import('./components/LegalEditorPage'), 'LegalEditorPage'),
];
