import type { LettersOverview, Recording } from '@iep/core/contract';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MeetingKind } from '@iep/core';
import { casesApi } from '../../cases/api/cases';
import { CompanionPanel } from '../../companion/components/CompanionPanel';
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
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

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
  const access = useCaseAccess(caseId);
  // Recording is the family's (the server refuses others); a member with another role gets the reason and the player.
  if (access.role && !access.may('write-case'))
    return <RecordNotAllowed caseId={caseId} meetingId={meetingId} />;
  return <Recorder caseId={caseId} meetingId={meetingId} />;
}

function RecordNotAllowed({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  return (
    <>
      <PageHeading>Record the meeting</PageHeading>
      <RoleNote>Only the family can record a meeting.</RoleNote>
      <p>
        <Link to={`/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/recording`}>
          Open the recording
        </Link>{' '}
        · <Link to={`/cases/${encodeURIComponent(caseId)}`}>Back to the case</Link>
      </p>
    </>
  );
}

function Recorder({ caseId, meetingId }: { caseId: string; meetingId: string }) {
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
  // The meeting companion shares the page (?companion=1 keeps it open through a reload).
  const [params, setParams] = useSearchParams();
  const withCompanion = params.get('companion') === '1';
  const timelineStartRef = useRef(0);
  useEffect(() => {
    timelineStartRef.current = timelineStart;
  }, [timelineStart]);

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
  const recordingRef = useRef(recording);
  useEffect(() => {
    recordingRef.current = recording;
  }, [recording]);

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
    // The companion's cards take the place of the letter keys (its taps are the bookmarks).
    recording: recording && !withCompanion,
    timelineStart,
    elapsedNow,
    serverUpTo: state.serverUpTo,
    onMessage: setMessage,
  });

  const recordingAt = () => (live() ? timelineStartRef.current + elapsedNow() : null);
  const live = () => recordingRef.current;
  const playerUrl = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/recording`;

  const law = (
    <RecordingLaw caseId={caseId} meetingId={meetingId} meetingKind={meetingKind} letters={letters} />
  );
  const toggleCompanion = (open: boolean) => setParams(open ? { companion: '1' } : {}, { replace: true });

  return (
    <>
      <PageHeading>
        {withCompanion ? 'Record the meeting with the companion' : 'Record the meeting'}
      </PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
          Back to the case
        </Link>
      </p>
      {withCompanion && recording ? null : law}
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
        compact={withCompanion}
      />
      <p>
        {withCompanion ? (
          <button type="button" className="secondary" onClick={() => toggleCompanion(false)}>
            Close the meeting companion
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => toggleCompanion(true)}>
            Open the meeting companion
          </button>
        )}
      </p>
      {withCompanion ? (
        <>
          <CompanionPanel
            caseId={caseId}
            meetingId={meetingId}
            recordingAt={recordingAt}
            recording={recording}
          />
          {recording ? law : null}
        </>
      ) : (
        <>
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
      )}
    </>
  );
}
