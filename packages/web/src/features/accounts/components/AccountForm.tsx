import type { Session } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { sessionApi } from '../../../api/session';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { PasswordField } from './PasswordField';
import { mapProblems } from '../../../lib/problem-fields';

const PASSWORD_RULES =
  'Use at least 10 characters. Three or four unrelated words you can remember work well. Common passwords are refused.';

/** Name, email and password for a new account; used for the first owner and for later sign-ups. */
// The server checks the password against common-password lists; its reason is shown next to the field.
const FIELDS = { '$.name': 'account-name', '$.email': 'account-email', '$.password': 'account-password' };

/** Name, email and password for a new account: the first owner, open sign-up, or sign-up by invitation. */
export function AccountForm({
  submitLabel,
  onDone,
  invitation,
}: {
  submitLabel: string;
  onDone: (session: Session) => void;
  /** An account invitation: its email is the account's email. */
  invitation?: { token: string; email: string };
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState(invitation?.email ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ fieldId: 'account-name', message: 'Enter your name.' });
    if (!/^\S+@\S+\.\S+$/.test(email.trim()))
      found.push({ fieldId: 'account-email', message: 'Enter your email address, like name@example.org.' });
    if (password.length < 10)
      found.push({ fieldId: 'account-password', message: 'Your password needs at least 10 characters.' });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      onDone(await sessionApi.signUp(name.trim(), email.trim(), password, invitation?.token));
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0)
        setErrors(mapProblems(error.problems, FIELDS));
      else
        setErrors([
          { message: error instanceof ApiError ? error.message : 'Something went wrong. Please try again.' },
        ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      <TextField
        id="account-name"
        label="Your name"
        value={name}
        onChange={setName}
        required
        autoComplete="name"
        error={fieldError('account-name')}
      />
      <TextField
        id="account-email"
        label="Email"
        type="email"
        value={email}
        onChange={setEmail}
        required
        autoComplete="email"
        readOnly={invitation !== undefined}
        hint={invitation ? 'Your invitation is for this email address.' : undefined}
        error={fieldError('account-email')}
      />
      <PasswordField
        id="account-password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        rules={PASSWORD_RULES}
        error={fieldError('account-password')}
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Please wait…' : submitLabel}
      </button>
    </form>
  );
}
