import { useEffect, useState } from 'react';
import { followUpClock } from '../lib/follow-up-clock';

/** The follow-up task's 24-hour clock, updated each minute. */
export function FollowUpClock({ due }: { due: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = followUpClock(due, now);
  if (left === null) return null;
  return (
    <p className="task-clock">
      <strong>Send it within 24 hours of the meeting: {left}</strong> This is good practice, not a law.
    </p>
  );
}
