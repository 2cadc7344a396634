import { useState } from 'react';
import { FieldExtras, fieldDescribedBy } from '../../../components/Field';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  error?: string;
  /** Rules shown before the user types, not only after a mistake. */
  rules?: string;
}

export function PasswordField({ id, value, onChange, autoComplete, error, rules }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>Password</label>
      <FieldExtras id={id} hint={rules} error={error} />
      <div className="password-row">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          value={value}
          required
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy(id, rules, error)}
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="button" className="secondary" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide password' : 'Show password'}
        </button>
      </div>
    </div>
  );
}
