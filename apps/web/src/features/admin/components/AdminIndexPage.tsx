import { Navigate } from 'react-router';
import { paths } from '../../../shared/paths';

/** /admin — the first section of the administration. */
export function AdminIndexPage() {
  return <Navigate to={paths.adminAccounts()} replace />;
}
