import { page, type PageRoute } from '../../app/pageRoute';

/** Impressum, Datenschutz, Barrierefreiheit: public, shown in the public layout. */
export const legalRoutes: PageRoute[] = [
  page('impressum', () => import('./components/LegalPage'), 'ImprintPage'),
  page('datenschutz', () => import('./components/LegalPage'), 'PrivacyPage'),
  page('barrierefreiheit', () => import('./components/LegalPage'), 'AccessibilityPage'),
];

/** The editor for admins, in the signed-in layout. */
export const legalAdminRoutes: PageRoute[] = [
  page('admin/rechtstexte', () => import('./components/LegalEditorPage'), 'LegalEditorPage'),
];
