import { useState } from 'react';
import { Navigate } from 'react-router';
import { useAuth } from '../../../api/auth';
import { AccountForm } from '../components/AccountForm';
import { PageHeading } from '../../../components/PageHeading';

export function SetupPage() {
  const { setup, loading, user, signedIn } = useAuth();
  const [justMade, setJustMade] = useState(false);
  // Once the owner exists this page has nothing to do: the owner just made goes on to the transcript set-up step,
  // anyone else to the cases (signed in) or to sign-in.
  if (user) return <Navigate to={justMade ? '/setup/speech' : '/'} replace />;
  if (!loading && setup && !setup.needsOwner) return <Navigate to="/signin" replace />;
  return (
    <>
      <PageHeading>Create the owner account</PageHeading>
      <p>
        This is the first time IEP Ready has run here. The first account you make is the owner. Next you can
        set up transcripts, then add cases.
      </p>
      <AccountForm
        submitLabel="Create the owner account"
        onDone={(session) => {
          setJustMade(true);
          signedIn(session);
        }}
      />
    </>
  );
}
