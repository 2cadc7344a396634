import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../api/auth';
import { invitationsApi } from '../api/invitations';
import { AccountForm } from '../components/AccountForm';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';

const CLOSED =
  'New accounts here need an invitation. Ask the person who runs this IEP Ready to invite you, then open the link they give you.';

/** Sign-up: open (IEP_ALLOW_SIGNUP=true), or with an account invitation link (`/signup?invite=...`). */
export function SignUpPage() {
  const { setup, signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('invite');
  const check = useLoad(
    () => (token ? invitationsApi.checkInvitation(token) : Promise.resolve(null)),
    token ?? '',
  );
  const done = (session: Parameters<typeof signedIn>[0]) => {
    signedIn(session);
    navigate('/');
  };

  let body;
  if (token) {
    if (check.error) body = <p className="notice error">{check.error.message}</p>;
    else if (!check.data) body = <p className="loading">Checking your invitation…</p>;
    else if (check.data.message) body = <p className="notice error">{check.data.message}</p>;
    else {
      body = (
        <>
          <p>You were invited to make an account for {check.data.email}.</p>
          <AccountForm
            submitLabel="Make my account"
            invitation={{ token, email: check.data.email }}
            onDone={done}
          />
        </>
      );
    }
  } else if (setup && !setup.signupOpen && !setup.needsOwner) {
    body = <p>{CLOSED}</p>;
  } else {
    body = <AccountForm submitLabel="Make my account" onDone={done} />;
  }

  return (
    <>
      <PageHeading>Make an account</PageHeading>
      {body}
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </>
  );
}
