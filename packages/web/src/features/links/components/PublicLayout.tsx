import { Suspense, type MouseEvent } from 'react';
import { Outlet } from 'react-router';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * The frame of the pages a shared link opens: no menu, no sign-in, nothing of the app around the clip, so the
 * person who got the link sees only what was shared.
 */
export function PublicLayout() {
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <main id="main" tabIndex={-1} className="wrap public-page">
        <Suspense
          fallback={
            <p role="status" className="loading">
              Loading the page…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
