import { Navigate } from 'react-router';

/** /admin — the first section of the administration. */
export function AdminIndexPage() {
  return <Navigate to="/admin/konten" replace />;
}
