import { Navigate, useNavigate } from 'react-router';
import { useAuth } from '../../../api/auth';
import { AccountForm } from '../components/AccountForm';
import { PageHeading } from '../../../components/PageHeading';

export function SetupPage() {
  const { setup, loading, user, signedIn } = useAuth();
  const navigate = useNavigate();
  // Once the owner exists this page has nothing to do: go on to the cases (just signed up) or to sign-in.
  if (user) return <Navigate to="/cases" replace />;
  if (!loading && setup && !setup.needsOwner) return <Navigate to="/signin" replace />;
  return (
    <>
      <PageHeading>Create the owner account</PageHeading>
      <p>
        This is the first time IEP Ready has run here. The first account you make is the owner. You can add
        cases right after.
      </p>
      <AccountForm
        submitLabel="Create the owner account"
        onDone={(session) => {
          signedIn(session);
          navigate('/cases');
        }}
      />
    </>
  );
}
