import type { LettersOverview, Recording } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MeetingKind } from '@iep/core';
import { casesApi } from '../../cases/api/cases';
import { lettersApi } from '../../letters/api/letters';
import { recordingsApi } from '../api/recordings';
import { PageHeading } from '../../../components/PageHeading';
import { LiveBookmarks } from '../components/LiveBookmarks';
import { RecorderPanel } from '../components/RecorderPanel';
import { RecordingLaw } from '../components/RecordingLaw';
import { RecoveryOffer, type Leftover } from '../components/RecoveryOffer';
import { useLeftovers } from '../hooks/useLeftovers';
import { useMarks } from '../hooks/useMarks';
import { CHUNK_MS, useRecorder } from '../hooks/useRecorder';
import { flushBookmarks } from '../store/recording-session';

/** Where a new part starts on the meeting timeline: everything recorded before it, here or on the server. */
function timelineEnd(recording: Recording | null, leftovers: Leftover[]): number {
  const server = (recording?.parts ?? []).reduce(
    (ms, p) => ms + (p.durationMs ?? Math.max(0, p.contiguousUpTo + 1) * CHUNK_MS),
    0,
  );
  const known = new Set((recording?.parts ?? []).map((p) => p.clientPartId));
  const local = leftovers
    .filter((l) => !known.has(l.part.clientPartId))
    .reduce((ms, l) => ms + (l.part.highestSeq + 1) * CHUNK_MS, 0);
  return server + local;
}

export function RecordPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const { state, start, stop, elapsedNow } = useRecorder(caseId, meetingId);
  const [letters, setLetters] = useState<LettersOverview | null>(null);
  const [meetingKind, setMeetingKind] = useState<MeetingKind | null>(null);
  const {
    leftovers,
    setLeftovers,
    findLeftovers,
    uploadLeftovers: sendLeftovers,
  } = useLeftovers(caseId, meetingId);
  const [timelineStart, setTimelineStart] = useState(0);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    lettersApi.letters(caseId).then(setLetters, () => setLetters(null));
    // The meeting's kind decides the legal note: a mediation session is confidential and gets no notice letter.
    casesApi.getCase(caseId).then(
      (c) => setMeetingKind(c.file.meetings.find((m) => m.id === meetingId)?.kind ?? null),
      () => setMeetingKind(null),
    );
    // Deferred a tick: the search for leftovers sets state, which an effect should not do synchronously.
    const timer = window.setTimeout(() => void findLeftovers(), 0);
    void flushBookmarks(caseId, meetingId);
    return () => window.clearTimeout(timer);
  }, [caseId, meetingId, findLeftovers]);

  const recording = state.phase === 'recording';

  const uploadLeftovers = async () => {
    await sendLeftovers();
    setMessage('Uploading what was saved on this device.');
  };

  const begin = async (withLeftovers: Leftover[]) => {
    setBusy(true);
    const recordingNow = await recordingsApi.recording(caseId, meetingId).catch(() => null);
    const startMs = timelineEnd(recordingNow, withLeftovers);
    setTimelineStart(startMs);
    if (withLeftovers.length > 0) await uploadLeftovers();
    setLeftovers([]);
    await start(startMs);
    setBusy(false);
  };

  const mark = useMarks({
    caseId,
    meetingId,
    recording,
    timelineStart,
    elapsedNow,
    serverUpTo: state.serverUpTo,
    onMessage: setMessage,
  });

  const playerUrl = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/recording`;

  return (
    <>
      <PageHeading>Record the meeting</PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <RecordingLaw caseId={caseId} meetingId={meetingId} meetingKind={meetingKind} letters={letters} />
      <RecoveryOffer
        leftovers={leftovers}
        busy={busy}
        onUpload={() => void uploadLeftovers().then(() => setLeftovers([]))}
        onContinue={() => void begin(leftovers)}
      />
      <RecorderPanel
        state={state}
        busy={busy}
        message={message}
        playerUrl={playerUrl}
        onStart={() => void begin([])}
        onStop={() => void stop()}
      />
      {recording ? <LiveBookmarks onMark={(kind, note) => void mark(kind, note)} /> : null}
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keyboard shortcuts</h2>
        <p>While recording, and when you are not typing in a box:</p>
        <ul>
          <li>
            <kbd>A</kbd> Agreed, <kbd>R</kbd> Refused, <kbd>P</kbd> Promised, <kbd>Q</kbd> Question,{' '}
            <kbd>I</kbd> Important
          </li>
          <li>
            <kbd>N</kbd> go to the note box
          </li>
        </ul>
      </section>
    </>
  );
}
