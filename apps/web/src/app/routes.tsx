import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { accountLinkRoutes } from '../features/account-links/routes';
import { actorRoutes } from '../features/actors/routes';
import { adminRoutes } from '../features/admin/routes';
import { authRoutes } from '../features/auth/routes';
import { challengeRoutes } from '../features/challenges/routes';
import { goodPracticeRoutes } from '../features/good-practices/routes';
import { graphRoutes } from '../features/graph/routes';
import { guidelineRoutes } from '../features/guidelines/routes';
import { homeRoutes } from '../features/home/routes';
import { importRoutes } from '../features/import/routes';
import { legalAdminRoutes, legalRoutes } from '../features/legal/routes';
import { mandateRoutes } from '../features/mandates/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { personRoutes } from '../features/persons/routes';
import { processChainRoutes } from '../features/process-chain/routes';
import { profilePublicRoutes, profileRoutes } from '../features/profile/routes';
import { searchRoutes } from '../features/search/routes';
import { solutionRoutes } from '../features/solutions/routes';
import { steeringRoutes } from '../features/steering/routes';
import { trashRoutes } from '../features/trash/routes';
import { PublicLayout } from './layout/PublicLayout';
import { NotFoundPage } from './NotFoundPage';
import type { PageRoute } from './pageRoute';
import { LoadingState } from '../shared/components/LoadingState';

/**
 * The signed-in frame (navigation, search, notifications) is a chunk of its own: the sign-in page, the
 * first page of everyone not signed in, does not download it.
 */
const AppLayout = lazy(() => import('./layout/AppLayout').then((m) => ({ default: m.AppLayout })));

/**
 * Every page of the app. Each feature exports its own `PageRoute[]` from `features/<feature>/routes.ts`
 * (pages are loaded lazily, so the first page downloads only what it needs); add a feature by
 * importing its routes into one of the two lists below.
 */
export const publicPages: PageRoute[] = [
  ...authRoutes,
  ...accountLinkRoutes,
  ...legalRoutes,
  ...profilePublicRoutes,
];

export const signedInPages: PageRoute[] = [
  ...homeRoutes,
  ...processChainRoutes,
  ...actorRoutes,
  ...personRoutes,
  ...challengeRoutes,
  ...solutionRoutes,
  ...goodPracticeRoutes,
  ...guidelineRoutes,
  ...mandateRoutes,
  ...meetingRoutes,
  ...steeringRoutes,
  ...searchRoutes,
  ...graphRoutes,
  ...trashRoutes,
  ...notificationRoutes,
  ...profileRoutes,
  ...importRoutes,
  ...adminRoutes,
  ...legalAdminRoutes,
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        {publicPages.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
      </Route>
      <Route
        element={
          <Suspense fallback={<LoadingState />}>
            <AppLayout />
          </Suspense>
        }
      >
        {signedInPages.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
