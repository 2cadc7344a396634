import type { CompanionAction, CompanionState } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import {
  currentSession,
  durationWords,
  nearEnd,
  scheduledEndWords,
  sessionPhase,
} from '../lib/companion-time';

interface Props {
  sessions: CompanionState['sessions'];
  timeZone: string;
  onTap: (action: CompanionAction) => void;
  /** False for a member who may only read: the clock, with no start or end buttons. */
  mayTap?: boolean;
}

/** Each session's running time, its scheduled end in words, a gentle notice 15 minutes before it. */
export function SessionClock({ sessions, timeZone, onTap, mayTap = true }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const [noticed, setNoticed] = useState<ReadonlySet<number>>(new Set());
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  const index = currentSession(sessions);
  const phase = sessionPhase(sessions);
  const session = sessions.find((s) => s.session === index);
  const near = phase === 'running' && nearEnd(now, session?.scheduledEnd ?? null);
  // The notice comes once per session: shown when the 15 minutes begin, and gone for good once dismissed.
  useEffect(() => {
    if (near && !noticed.has(index)) {
      const timer = window.setTimeout(() => setNoticed((s) => new Set(s).add(index)), 0);
      return () => window.clearTimeout(timer);
    }
  }, [near, index, noticed]);
  const showNotice = noticed.has(index) && !dismissed.has(index) && phase === 'running';
  const many = sessions.length > 1;
  const started = sessions.filter((s) => s.startedAt !== null);

  return (
    <section aria-labelledby="time-heading" className="companion-section session-clock">
      <h2 id="time-heading">Time</h2>
      {phase === 'not-started' ? <p>The clock starts with your first tap.</p> : null}
      {started.length === 0 ? null : (
        <ul className="plain-list">
          {started.map((s) => {
            const start = Date.parse(s.startedAt ?? '');
            const end = s.endedAt === null ? now : Date.parse(s.endedAt);
            return (
              <li key={s.session}>
                {many ? `Session ${s.session + 1}: ` : 'This meeting: '}
                {durationWords(end - start)}
                {s.endedAt === null ? ' so far' : ', ended'}
              </li>
            );
          })}
        </ul>
      )}
      {session?.scheduledEnd ? <p>{scheduledEndWords(session.scheduledEnd, timeZone)}</p> : null}
      <div role="status" className="end-notice-region">
        {showNotice ? (
          <div className="notice info">
            <p>About 15 minutes are left in this session. Is there anything you still need to ask?</p>
            <button
              type="button"
              className="secondary"
              onClick={() => setDismissed((s) => new Set(s).add(index))}
            >
              Got it
            </button>
          </div>
        ) : null}
      </div>
      {mayTap ? (
        <div className="actions">
          {phase === 'not-started' ? (
            <button type="button" onClick={() => onTap({ type: 'session', session: 0, state: 'start' })}>
              Start the meeting
            </button>
          ) : null}
          {phase === 'running' ? (
            <button
              type="button"
              className="secondary"
              onClick={() => onTap({ type: 'session', session: index, state: 'end' })}
            >
              {many ? `End session ${index + 1}` : 'End this session'}
            </button>
          ) : null}
          {phase === 'between' && index < 20 ? (
            <button
              type="button"
              onClick={() => onTap({ type: 'session', session: index + 1, state: 'start' })}
            >
              Start the next session
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
