import { Suspense, type MouseEvent } from 'react';
import { Link, Outlet } from 'react-router';
import { useAuth } from '../api/auth';
import { CaseloadNavItem } from '../features/sharing/components/CaseloadNavItem';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Move focus, not just the scroll position, so the next Tab continues inside the main content.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** Shown while a page's code arrives: a polite status line, so a screen reader hears that something is coming. */
function PageLoading() {
  return (
    <p role="status" className="loading">
      Loading the page…
    </p>
  );
}

export function Layout() {
  const { user, signOut } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link className="brand" to={user ? '/' : '/signin'}>
            IEP Ready
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {user ? (
                <>
                  <li>
                    <Link to="/">My cases</Link>
                  </li>
                  <CaseloadNavItem userId={user.id} />
                  {user.role === 'owner' ? (
                    <li>
                      <Link to="/account/invitations">Invite someone</Link>
                    </li>
                  ) : null}
                  <li>
                    <button type="button" className="link-button" onClick={() => void signOut()}>
                      Sign out
                    </button>
                  </li>
                </>
              ) : (
                <li>
                  <Link to="/signin">Sign in</Link>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wrap">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p className="wrap">IEP Ready gives information, not legal advice.</p>
      </footer>
    </>
  );
}
