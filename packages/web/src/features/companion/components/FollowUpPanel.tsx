import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { companionApi } from '../api/companion';
import { letterReviewHref, type FromCompanion } from '../../letters/lib/from-companion';

interface Props {
  caseId: string;
  meetingId: string;
  /** Ends the running session, if any (a tap). */
  endSession: () => Promise<void>;
  flush: () => Promise<boolean>;
}

/** "Draft the follow-up": sends every tap, drafts the email and the Notice of Action request, opens the email. */
export function FollowUpPanel({ caseId, meetingId, endSession, flush }: Props) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const draft = async () => {
    const clickedAt = performance.now();
    setBusy(true);
    setError('');
    try {
      await endSession();
      if (!(await flush())) {
        setError(
          'Your taps are saved on this phone but not sent yet. When you are back online, tap "Draft the follow-up" again.',
        );
        return;
      }
      const made = await companionApi.followUp(caseId, meetingId);
      const state: FromCompanion = {
        fromCompanion: { clickedAt, pwnRequest: made.pwnRequest !== null, promises: made.promises },
      };
      await navigate(letterReviewHref(caseId, 'follow-up', meetingId), { state });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'We could not draft the follow-up. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="end-heading" className="companion-section">
      <h2 id="end-heading">When the meeting ends</h2>
      <p>
        This ends the session and writes your follow-up email from what you marked. You review it and send it
        within 24 hours.
      </p>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="big-button" disabled={busy} onClick={() => void draft()}>
        Draft the follow-up
      </button>
    </section>
  );
}
