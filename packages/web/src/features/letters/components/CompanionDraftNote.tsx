import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { fromCompanion, letterReviewHref, secondsWords } from '../lib/from-companion';

interface Props {
  caseId: string;
  meetingId: string;
  /** The router's state of this arrival. */
  state: unknown;
}

/**
 * After "Draft the follow-up" in the meeting companion: how long it took, the Notice of Action request drafted
 * beside it, and the 24 hours to send it in.
 */
export function CompanionDraftNote({ caseId, meetingId, state }: Props) {
  const arrival = fromCompanion(state);
  const [tookMs, setTookMs] = useState<number | null>(null);
  // Measured once the draft is on screen (this note shows with it).
  useEffect(() => {
    if (!arrival) return;
    const timer = window.setTimeout(() => setTookMs(performance.now() - arrival.clickedAt), 0);
    return () => window.clearTimeout(timer);
  }, [arrival]);
  if (!arrival) return null;
  const planHref = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/plan`;
  return (
    <section className="notice info companion-draft" aria-labelledby="companion-draft-heading">
      <h2 id="companion-draft-heading">Your follow-up is drafted</h2>
      <p>
        We wrote it from what you tapped
        {tookMs === null ? '' : <span className="draft-time"> in {secondsWords(tookMs)}</span>}. Read it, fix
        anything that is not right, and send it within 24 hours of the meeting. That is good practice, not a
        law.
      </p>
      {arrival.pwnRequest ? (
        <p>
          Your request for Prior Written Notice (Notice of Action) is drafted too.{' '}
          <Link to={letterReviewHref(caseId, 'pwn-request', meetingId)}>
            Review the request for Prior Written Notice
          </Link>
        </p>
      ) : null}
      {arrival.promises > 0 ? (
        <p>
          {arrival.promises === 1
            ? 'One promise with a date is now on your meeting plan.'
            : `${arrival.promises} promises with a date are now on your meeting plan.`}{' '}
          <Link to={planHref}>See the meeting plan</Link>
        </p>
      ) : null}
    </section>
  );
}
