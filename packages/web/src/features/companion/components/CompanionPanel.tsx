import { StatusMessage } from '../../../components/StatusMessage';
import { useCompanion } from '../hooks/useCompanion';
import { currentSession, sessionPhase } from '../lib/companion-time';
import { syncWords } from '../lib/companion-words';
import { AddTopic } from './AddTopic';
import { AgendaCardView } from './AgendaCardView';
import { FollowUpPanel } from './FollowUpPanel';
import { QuickNotes } from './QuickNotes';
import { SessionClock } from './SessionClock';
import { WhatToSay } from './WhatToSay';
import { GuestAccessPanel } from '../../guests/components/GuestAccessPanel';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';
import '../companion.css';

interface Props {
  caseId: string;
  meetingId: string;
  /** The recorder's position on the recording timeline now, or null when nothing records. */
  recordingAt: () => number | null;
  recording: boolean;
}

/** The meeting companion: the parent's requests as cards, notes, what to say, time, and the follow-up. */
export function CompanionPanel({ caseId, meetingId, recordingAt, recording }: Props) {
  const c = useCompanion(caseId, meetingId, recordingAt);
  const access = useCaseAccess(caseId);
  // An advocate adds notes and taps (write-notes); the follow-up and guest codes are the family's (write-case).
  const mayTap = access.may('write-notes');
  const mayFamily = access.may('write-case');
  const tap = (...args: Parameters<typeof c.tap>) => void c.tap(...args);

  if (!c.data || !c.state || (!access.role && !access.error)) {
    return c.loadError ? (
      <p className="notice error">{c.loadError}</p>
    ) : (
      <p className="loading">Loading the companion…</p>
    );
  }
  const { state, data } = c;
  const pending = c.sync.pending;
  return (
    <>
      <div className="companion">
        <p className={`sync-line${pending > 0 ? ' waiting' : ''}`}>
          {syncWords(pending, c.online)}
          {c.sync.error && pending > 0 && c.online ? ` (${c.sync.error} We will keep trying.)` : ''}
        </p>
        <StatusMessage message={c.announcement} />
        {!mayTap ? (
          <RoleNote>
            You can read the notes and what was decided. Only the family and their advocate can add to them.
          </RoleNote>
        ) : null}
        <SessionClock sessions={state.sessions} timeZone={data.timeZone} onTap={tap} mayTap={mayTap} />
        <section aria-labelledby="agenda-heading" className="companion-section">
          <h2 id="agenda-heading">Your requests</h2>
          {mayTap ? <p>Tap what the team decided. You can change it later.</p> : null}
          {state.cards.length === 0 ? (
            <p>
              There are no requests yet. Add the topics as they come up, or write a concerns letter before the
              meeting.
            </p>
          ) : null}
          <ul className="agenda-cards">
            {state.cards.map((card) => (
              <AgendaCardView
                key={card.cardId}
                card={card}
                roster={data.roster}
                onTap={tap}
                addedBy={card.entryId === null ? undefined : data.addedBy[card.entryId]}
                mayTap={mayTap}
              />
            ))}
          </ul>
          {mayTap ? (
            <AddTopic
              onAdd={(title) => tap({ type: 'topic', cardId: `school-${crypto.randomUUID()}`, title })}
            />
          ) : null}
        </section>
        <QuickNotes
          notes={state.notes}
          addedBy={data.addedBy}
          recording={recording}
          recordingAt={recordingAt}
          onTap={tap}
          mayTap={mayTap}
        />
        <WhatToSay is504={c.is504} />
        {mayFamily ? (
          <FollowUpPanel
            caseId={caseId}
            meetingId={meetingId}
            flush={c.flush}
            endSession={async () => {
              if (sessionPhase(state.sessions) === 'running')
                await c.tap({ type: 'session', session: currentSession(state.sessions), state: 'end' });
            }}
          />
        ) : (
          <RoleNote>The family drafts the follow-up letter after the meeting.</RoleNote>
        )}
      </div>
      {/* Outside the companion's own live region: the panel announces its own messages. */}
      {mayFamily ? <GuestAccessPanel caseId={caseId} meetingId={meetingId} /> : null}
    </>
  );
}
