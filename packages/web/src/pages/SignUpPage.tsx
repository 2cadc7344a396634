import { Link, useNavigate } from 'react-router';
import { useAuth } from '../api/auth';
import { AccountForm } from '../components/AccountForm';
import { PageHeading } from '../components/PageHeading';

export function SignUpPage() {
  const { setup, signedIn } = useAuth();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading>Make an account</PageHeading>
      {setup && !setup.signupOpen && !setup.needsOwner ? (
        <p>New accounts are closed here. Ask the person who runs this IEP Ready to make one for you.</p>
      ) : (
        <AccountForm
          submitLabel="Make my account"
          onDone={(session) => {
            signedIn(session);
            navigate('/cases');
          }}
        />
      )}
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </>
  );
}
