import { Link, useLocation } from 'react-router';
import { useLoad } from '../../../hooks/useLoad';
import { sharingApi } from '../api/sharing';

/** When the menu asks again: on the home page and the caseload, and after the join page (a new case may be shared). */
function askAgainKey(pathname: string): string {
  if (pathname.startsWith('/join')) return 'join';
  return pathname === '/' || pathname === '/caseload' ? pathname : 'other';
}

/** The menu's "Families I help": only for a user who is an advocate on at least one case. */
export function CaseloadNavItem({ userId }: { userId: string }) {
  const { pathname } = useLocation();
  const { data } = useLoad(() => sharingApi.caseload(), `nav-caseload:${userId}:${askAgainKey(pathname)}`);
  if (!data?.families.some((f) => f.role === 'advocate')) return null;
  return (
    <li>
      <Link to="/caseload">Families I help</Link>
    </li>
  );
}
