import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

/** Pages one-time links open, and the forced password change; in the public layout. */
export const accountLinkRoutes: PageRoute[] = [
  page(routePattern(paths.invitation()), () => import('./components/InvitationPage'), 'InvitationPage'),
  page(
    routePattern(paths.passwordReset()),
    () => import('./components/PasswordResetPage'),
    'PasswordResetPage',
  ),
  page(
    routePattern(paths.passwordChangeRequired()),
    () => import('./components/PasswordChangeRequiredPage'),
    'PasswordChangeRequiredPage',
  ),
];
