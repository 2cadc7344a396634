import { SERVICE_LOG_STATUSES, type NewProbeBody, type NewServiceLogBody, type ServiceLogStatus } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { checkLogEntry, checkProbe } from '../lib/data-entry';
import { problemLabel } from '../../../lib/plain-words';

type Problems = { path: string; message: string }[];
type Option = { value: string; label: string };

// The server answers with problems by JSON path; they are listed in the summary as they are.
const asErrors = (problems: Problems): FieldError[] =>
  problems.map((p) => ({ label: problemLabel(p.path), message: p.message }));

export function ProbeForm({
  goals,
  onAdd,
}: {
  goals: Option[];
  onAdd: (goalId: string, probe: NewProbeBody) => Promise<Problems>;
}) {
  const [goalId, setGoalId] = useState(goals[0]?.value ?? '');
  const [date, setDate] = useState('');
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkProbe({ date, score, note }, 'probe');
    setErrors(checked.errors);
    if (!checked.value) return;
    const problems = await onAdd(goalId, checked.value);
    if (problems.length === 0) {
      setScore('');
      setNote('');
    }
    setErrors(asErrors(problems));
  }

  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="probe-form-heading">
      <h3 id="probe-form-heading">Add a score</h3>
      <ErrorSummary errors={errors} />
      <SelectField id="probe-goal" label="Goal" value={goalId} onChange={setGoalId} options={goals} required />
      <TextField
        id="probe-date"
        label="Date"
        type="date"
        value={date}
        onChange={setDate}
        required
        error={fieldError('probe-date')}
      />
      <TextField
        id="probe-score"
        label="Score"
        hint="A number, like 72 or 72.5."
        value={score}
        onChange={setScore}
        required
        error={fieldError('probe-score')}
      />
      <TextField id="probe-note" label="Note" value={note} onChange={setNote} />
      <button type="submit">Add the score</button>
    </form>
  );
}

const STATUS_OPTIONS: { value: ServiceLogStatus; label: string }[] = SERVICE_LOG_STATUSES.map((s) => ({
  value: s,
  label: s === 'delivered' ? 'Delivered' : s === 'missed' ? 'Missed' : 'Make-up session',
}));

export function ServiceLogForm({
  services,
  onAdd,
}: {
  services: Option[];
  onAdd: (serviceId: string, entry: NewServiceLogBody) => Promise<Problems>;
}) {
  const [serviceId, setServiceId] = useState(services[0]?.value ?? '');
  const [date, setDate] = useState('');
  const [minutes, setMinutes] = useState('');
  const [status, setStatus] = useState<ServiceLogStatus>('delivered');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkLogEntry({ date, minutes, status, reason }, 'log');
    setErrors(checked.errors);
    if (!checked.value) return;
    const problems = await onAdd(serviceId, checked.value);
    if (problems.length === 0) {
      setMinutes('');
      setReason('');
    }
    setErrors(asErrors(problems));
  }

  return (
    <form className="panel" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="log-form-heading">
      <h3 id="log-form-heading">Add a service session</h3>
      <ErrorSummary errors={errors} />
      <SelectField
        id="log-service"
        label="Service"
        value={serviceId}
        onChange={setServiceId}
        options={services}
        required
      />
      <TextField
        id="log-date"
        label="Date"
        type="date"
        value={date}
        onChange={setDate}
        required
        error={fieldError('log-date')}
      />
      <TextField
        id="log-minutes"
        label="Minutes"
        hint="Whole minutes. For a missed session, the minutes that were planned, or 0."
        value={minutes}
        onChange={setMinutes}
        required
        error={fieldError('log-minutes')}
      />
      <SelectField
        id="log-status"
        label="What happened"
        value={status}
        onChange={(v) => setStatus(SERVICE_LOG_STATUSES.find((s) => s === v) ?? 'delivered')}
        options={STATUS_OPTIONS}
        required
      />
      <TextField
        id="log-reason"
        label="Reason"
        hint="For a missed session, for example: student-absent or provider-absent."
        value={reason}
        onChange={setReason}
      />
      <button type="submit">Add the session</button>
    </form>
  );
}
