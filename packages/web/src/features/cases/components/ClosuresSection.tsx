import { useState, type FormEvent } from 'react';
import type { Closure } from '@iep/core';
import { formatLocal } from '../../../lib/format-time';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { problemLabel } from '../../../lib/plain-words';

interface Props {
  closures: Closure[];
  onAdd: (closure: Closure) => Promise<{ path: string; message: string }[]>;
  onRemove: (index: number, closure: Closure) => Promise<void>;
}

const day = (date: string) => formatLocal(`${date}T00:00`, { dateOnly: true, withYear: true });

export function ClosuresSection({ closures, onAdd, onRemove }: Props) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!from) found.push({ fieldId: 'closure-from', message: 'Enter the first day the school is closed.' });
    if (to && from && to < from)
      found.push({ fieldId: 'closure-to', message: 'The last day cannot come before the first day.' });
    setErrors(found);
    if (found.length > 0) return;
    const closure: Closure = { from, to: to || from, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const problems = await onAdd(closure);
    if (problems.length === 0) {
      setFrom('');
      setTo('');
      setReason('');
    }
    setErrors(problems.map((p) => ({ label: problemLabel(p.path), message: p.message })));
  }

  return (
    <section aria-labelledby="closures-heading">
      <h2 id="closures-heading">Days the school is closed</h2>
      <p>Deadlines in school days skip these days. Missouri state holidays are already counted.</p>
      {closures.length > 0 ? (
        <ul className="plain-list">
          {closures.map((c, i) => (
            <li key={`${c.from}-${i}`} className="closure-row">
              <span>
                {c.from === c.to ? day(c.from) : `${day(c.from)} to ${day(c.to)}`}
                {c.reason ? ` (${c.reason})` : ''}
              </span>
              <button type="button" className="danger small" onClick={() => void onRemove(i, c)}>
                Remove<span className="visually-hidden"> {c.reason ?? c.from}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="panel"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="closure-form-heading"
      >
        <h3 id="closure-form-heading">Add closed days</h3>
        <ErrorSummary errors={errors} />
        <TextField
          id="closure-from"
          label="From"
          type="date"
          value={from}
          onChange={setFrom}
          required
          error={fieldError('closure-from')}
        />
        <TextField
          id="closure-to"
          label="To"
          type="date"
          hint="Leave empty for a single day."
          value={to}
          onChange={setTo}
          error={fieldError('closure-to')}
        />
        <TextField
          id="closure-reason"
          label="Reason"
          hint="For example: Winter break."
          value={reason}
          onChange={setReason}
        />
        <button type="submit">Add closed days</button>
      </form>
    </section>
  );
}
