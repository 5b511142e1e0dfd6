import { page, type PageRoute } from '../../app/pageRoute';

export const adminRoutes: PageRoute[] = [
  page('admin', () => import('./components/AdminIndexPage'), 'AdminIndexPage'),
  page('admin/konten', () => import('./components/AdminUsersPage'), 'AdminUsersPage'),
];
