import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../api/auth';

/** Sends a visitor who is not signed in to sign in (or to create the owner on first run), then back here. */
export function RequireAuth() {
  const { loading, user, setup } = useAuth();
  const location = useLocation();
  if (loading) return <p className="loading">Loading…</p>;
  if (setup?.needsOwner) return <Navigate to="/setup" replace />;
  if (!user) return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
