import { page, type PageRoute } from '../../app/pageRoute';
import { paths, routePattern } from '../../shared/paths';

export const meetingRoutes: PageRoute[] = [
  page(routePattern(paths.meetings()), () => import('./components/MeetingsPage'), 'MeetingsPage'),
  page(routePattern(paths.meetingNew()), () => import('./components/MeetingFormPage'), 'MeetingFormPage'),
  page(routePattern(paths.meeting(':id')), () => import('./components/MeetingPage'), 'MeetingPage'),
  page(
    routePattern(paths.meetingEdit(':id')),
    () => import('./components/MeetingFormPage'),
    'MeetingFormPage',
  ),
];
