import { page, type PageRoute } from '../../app/pageRoute';

export const challengeRoutes: PageRoute[] = [
  page('herausforderungen', () => import('./components/ChallengeListPage'), 'ChallengeListPage'),
  page('herausforderungen/neu', () => import('./components/ChallengeFormPage'), 'ChallengeFormPage'),
  page('herausforderungen/:id', () => import('./components/ChallengePage'), 'ChallengePage'),
  page(
    'herausforderungen/:id/bearbeiten',
    () => import('./components/ChallengeFormPage'),
    'ChallengeFormPage',
  ),
];
