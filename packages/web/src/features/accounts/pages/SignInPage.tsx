import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../../api/auth';
import { ApiError } from '../../../api/client';
import { sessionApi } from '../../../api/session';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { PageHeading } from '../../../components/PageHeading';
import { PasswordField } from '../components/PasswordField';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside this app: never send the user to another site after sign-in.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function SignInPage() {
  const { setup, notice, signedIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  if (setup?.needsOwner) return <Navigate to="/setup" replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!email.trim()) found.push({ fieldId: 'signin-email', message: 'Enter your email address.' });
    if (!password) found.push({ fieldId: 'signin-password', message: 'Enter your password.' });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      signedIn(await sessionApi.signIn(email.trim(), password));
      navigate(returnPath(location.state), { replace: true });
    } catch (error) {
      setErrors([
        { message: error instanceof ApiError ? error.message : 'Something went wrong. Please try again.' },
      ]);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <>
      <PageHeading>Sign in</PageHeading>
      {notice ? <p className="notice">{notice}</p> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          id="signin-email"
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="email"
          error={fieldError('signin-email')}
        />
        <PasswordField
          id="signin-password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          error={fieldError('signin-password')}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Please wait…' : 'Sign in'}
        </button>
      </form>
      {setup?.signupOpen ? (
        <p>
          New here? <Link to="/signup">Make an account</Link>
        </p>
      ) : null}
    </>
  );
}
