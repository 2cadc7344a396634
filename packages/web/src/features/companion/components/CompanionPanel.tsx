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
  const tap = (...args: Parameters<typeof c.tap>) => void c.tap(...args);

  if (!c.data || !c.state) {
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
        <SessionClock sessions={state.sessions} timeZone={data.timeZone} onTap={tap} />
        <section aria-labelledby="agenda-heading" className="companion-section">
          <h2 id="agenda-heading">Your requests</h2>
          <p>Tap what the team decided. You can change it later.</p>
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
              />
            ))}
          </ul>
          <AddTopic
            onAdd={(title) => tap({ type: 'topic', cardId: `school-${crypto.randomUUID()}`, title })}
          />
        </section>
        <QuickNotes
          notes={state.notes}
          addedBy={data.addedBy}
          recording={recording}
          recordingAt={recordingAt}
          onTap={tap}
        />
        <WhatToSay is504={c.is504} />
        <FollowUpPanel
          caseId={caseId}
          meetingId={meetingId}
          flush={c.flush}
          endSession={async () => {
            if (sessionPhase(state.sessions) === 'running')
              await c.tap({ type: 'session', session: currentSession(state.sessions), state: 'end' });
          }}
        />
      </div>
      {/* Outside the companion's own live region: the panel announces its own messages. */}
      <GuestAccessPanel caseId={caseId} meetingId={meetingId} />
    </>
  );
}
