import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const challengeRoutes: PageRoute[] = [
  page(routePattern(paths.challenges()), () => import('./components/ChallengeListPage'), 'ChallengeListPage'),
  page(
    routePattern(paths.challengeNew()),
    () => import('./components/ChallengeFormPage'),
    'ChallengeFormPage',
  ),
  page(routePattern(paths.challenge(':id')), () => import('./components/ChallengePage'), 'ChallengePage'),
  page(
    routePattern(paths.challengeEdit(':id')),
    () => import('./components/ChallengeFormPage'),
    'ChallengeFormPage',
  ),
];
