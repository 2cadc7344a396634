import type { GuestCode, NewGuestCode } from '@iep/core/contract';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import { StatusMessage } from '../../../components/StatusMessage';
import { guestsApi } from '../api/guests';
import '../guests.css';

interface Props {
  caseId: string;
  meetingId: string;
}

const failed = (e: unknown) =>
  e instanceof ApiError ? e.message : 'That did not work. Check your connection and try again.';

/** "Let someone at the table add notes": make a one-time code, show it large, end the guest's access. */
export function GuestAccessPanel({ caseId, meetingId }: Props) {
  const [codes, setCodes] = useState<GuestCode[]>([]);
  const [shown, setShown] = useState<NewGuestCode | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setCodes((await guestsApi.list(caseId, meetingId)).codes);
    } catch {
      // A member who may not see codes, or no network: the panel still offers to make one.
    }
  }, [caseId, meetingId]);

  useEffect(() => {
    const timer = window.setTimeout(() => void load(), 0);
    // Who joined shows up without a reload, like the companion's notes.
    const every = window.setInterval(() => void load(), 10_000);
    return () => {
      window.clearTimeout(timer);
      window.clearInterval(every);
    };
  }, [load]);

  const active = codes.filter((c) => c.state === 'waiting' || c.state === 'joined');

  const make = async () => {
    setBusy(true);
    setError('');
    try {
      const made = await guestsApi.make(caseId, meetingId);
      setShown(made);
      setMessage(`Your guest code is ${made.code}.`);
      await load();
    } catch (e) {
      setError(failed(e));
    } finally {
      setBusy(false);
    }
  };

  const end = async (code: GuestCode) => {
    setBusy(true);
    setError('');
    try {
      await guestsApi.end(caseId, meetingId, code.id);
      if (shown?.id === code.id) setShown(null);
      setMessage(code.guestName ? `${code.guestName} can no longer add notes.` : 'The code no longer works.');
      await load();
    } catch (e) {
      setError(failed(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="guest-heading" className="companion-section guest-access">
      <h2 id="guest-heading">Let someone at the table add notes</h2>
      <p>
        A friend or helper can add notes from their own phone. They do not need an account. They see only the
        notes and choices of this meeting, nothing else in your case. The code stops working when the meeting
        ends.
      </p>
      <StatusMessage message={message} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {shown && active.some((c) => c.id === shown.id && c.state === 'waiting') ? (
        <div className="guest-code-box">
          <p>
            Ask them to go to <strong className="guest-url">{shown.url}</strong> and type this code:
          </p>
          <p className="guest-code">{shown.code}</p>
          <p className="hint">The code works on one phone only.</p>
        </div>
      ) : null}
      {active.length > 0 ? (
        <ul className="guest-list">
          {active.map((c) => (
            <li key={c.id}>
              <span>
                {c.guestName
                  ? `${c.guestName} is adding notes.`
                  : 'A code is waiting for someone to type it.'}
              </span>{' '}
              <button type="button" className="secondary" disabled={busy} onClick={() => void end(c)}>
                {c.guestName ? `End access for ${c.guestName}` : 'End this code'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" disabled={busy} onClick={() => void make()}>
        Make a guest code
      </button>
    </section>
  );
}
