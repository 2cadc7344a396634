import { useState } from 'react';

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
  const describedBy = [rules ? `${id}-rules` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>Password</label>
      {rules ? (
        <p id={`${id}-rules`} className="hint">
          {rules}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="password-row">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          value={value}
          required
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="button" className="secondary" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide password' : 'Show password'}
        </button>
      </div>
    </div>
  );
}
