import { page, type PageRoute } from '../../app/pageRoute';

export const processChainRoutes: PageRoute[] = [
  page('prozesskette', () => import('./components/ProcessChainPage'), 'ProcessChainPage'),
];
