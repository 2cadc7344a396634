import type { Session } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../../api/auth';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { AccountForm } from '../../accounts/components/AccountForm';
import { sharingApi } from '../api/sharing';
import { roleName, roleSummary } from '../lib/role-words';
import { JOIN_MAKE_ACCOUNT, JOIN_NEXT_STEP, JOIN_SIGN_IN } from '../lib/sharing-text';

const NO_TOKEN = 'This link is not complete. Check that you copied the whole link, or ask for a new one.';

/**
 * The page a case invitation opens (`/join?invite=TOKEN`, or `/join/TOKEN`): signed out, make an account or sign
 * in first; signed in with the invited email, join with one button. A link that no longer works says why and
 * what to do next.
 */
export function JoinPage() {
  const { token: pathToken } = useParams();
  const [params] = useSearchParams();
  const token = pathToken ?? params.get('invite') ?? '';
  const { loading, user, signedIn, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const check = useLoad(
    () => (token ? sharingApi.check(token) : Promise.reject(new ApiError(404, NO_TOKEN))),
    token,
  );
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  async function accept() {
    setFailure('');
    setBusy(true);
    try {
      const joined = await sharingApi.accept(token);
      navigate(`/cases/${encodeURIComponent(joined.caseId)}`, {
        state: { joined: `You joined this case as ${roleName(joined.role)}.` },
      });
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
      setBusy(false);
    }
  }

  const afterSignUp = (session: Session) => {
    signedIn(session);
    void accept();
  };

  const broken = check.error ?? (check.data?.message ? new ApiError(410, check.data.message) : null);
  if (broken) {
    return (
      <>
        <PageHeading>This link does not work</PageHeading>
        <p className="notice error">{broken.message}</p>
        <p>{JOIN_NEXT_STEP}</p>
        <p>{user ? <Link to="/cases">Go to my cases</Link> : <Link to="/signin">Sign in</Link>}</p>
      </>
    );
  }
  if (loading || !check.data) {
    return (
      <>
        <PageHeading>Join a case</PageHeading>
        <p className="loading">Checking your link…</p>
      </>
    );
  }

  const invite = check.data;
  let body;
  if (user && user.email === invite.email) {
    body = (
      <button type="button" onClick={() => void accept()} disabled={busy}>
        {busy ? 'Please wait…' : 'Join the case'}
      </button>
    );
  } else if (user) {
    body = (
      <>
        <p>
          This link is for {invite.email}, but you are signed in as {user.email}. Sign out, then open the link
          again.
        </p>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </>
    );
  } else if (invite.hasAccount) {
    body = (
      <>
        <p>{JOIN_SIGN_IN}</p>
        <Link className="button" to="/signin" state={{ from: location.pathname + location.search }}>
          Sign in to join
        </Link>
      </>
    );
  } else {
    body = (
      <>
        <p>{JOIN_MAKE_ACCOUNT}</p>
        <AccountForm
          submitLabel="Make my account and join"
          invitation={{ token, email: invite.email }}
          onDone={afterSignUp}
        />
      </>
    );
  }

  return (
    <>
      <PageHeading>Join a case</PageHeading>
      <p>
        A family asked you to join their case as <strong>{roleName(invite.role)}</strong>.{' '}
        {roleSummary(invite.role)}
      </p>
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      {body}
    </>
  );
}
