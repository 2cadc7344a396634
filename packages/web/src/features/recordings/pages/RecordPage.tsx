import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { casesApi } from '../../cases/api/cases';
import { lettersApi } from '../../letters/api/letters';
import { recordingsApi } from '../api/recordings';
import type { LettersOverview } from '../../../api/types';
import type { MeetingKind } from '@iep/core';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { LiveBookmarks } from '../components/LiveBookmarks';
import { RecordingLaw } from '../components/RecordingLaw';
import { RecoveryOffer, type Leftover } from '../components/RecoveryOffer';
import { CHUNK_MS, useRecorder } from '../hooks/useRecorder';
import { flushBookmarks, isUploading, recorderStore, uploadPart } from '../store/recording-session';
import { bookmarkLabel, clockText, saveStatus } from '../lib/recording-time';
import type { BookmarkKind, Recording } from '../api/recording-wire';

const levelWords = (level: number) =>
  level < 0.02 ? 'silent' : level < 0.15 ? 'quiet' : level < 0.8 ? 'good' : 'very loud';

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
  const [leftovers, setLeftovers] = useState<Leftover[]>([]);
  const [timelineStart, setTimelineStart] = useState(0);
  const [message, setMessage] = useState('');
  const [saveLine, setSaveLine] = useState('');
  const [levelText, setLevelText] = useState('');
  const [busy, setBusy] = useState(false);

  const findLeftovers = useCallback(async () => {
    const store = await recorderStore();
    const parts = (await store.listParts(caseId, meetingId)).filter((p) => !isUploading(p.clientPartId));
    const found = await Promise.all(
      parts.map(async (part) => ({ part, chunks: await store.countChunks(part.clientPartId) })),
    );
    // A part cut off with nothing left to send only needs its "finish": do it quietly.
    for (const l of found.filter((f) => f.chunks === 0)) {
      await store.updatePart(l.part.clientPartId, { stopped: true });
      void uploadPart(caseId, l.part.clientPartId);
    }
    setLeftovers(found.filter((f) => f.chunks > 0));
  }, [caseId, meetingId]);

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

  // The status line and the level words change every few seconds, so a screen reader is not flooded.
  const recording = state.phase === 'recording';
  useEffect(() => {
    if (!recording) return;
    const tick = () => {
      setSaveLine(
        saveStatus({
          nowMs: Date.now(),
          online: state.online,
          localUpToMs: state.localUpTo,
          serverUpToMs: state.serverUpTo,
        }),
      );
    };
    tick();
    const timer = window.setInterval(tick, 5000);
    return () => window.clearInterval(timer);
  }, [recording, state.online, state.localUpTo, state.serverUpTo]);
  useEffect(() => {
    if (!recording) return;
    const timer = window.setInterval(() => setLevelText(`Sound level: ${levelWords(state.level)}`), 5000);
    return () => window.clearInterval(timer);
  }, [recording, state.level]);

  const uploadLeftovers = async () => {
    const store = await recorderStore();
    for (const l of leftovers) {
      await store.updatePart(l.part.clientPartId, { stopped: true });
      void uploadPart(caseId, l.part.clientPartId);
    }
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

  const mark = useCallback(
    async (kind: BookmarkKind, note: string) => {
      const atMs = timelineStart + elapsedNow();
      const store = await recorderStore();
      await store.addBookmark({ localId: crypto.randomUUID(), caseId, meetingId, atMs, kind, note });
      setMessage(`Marked ${bookmarkLabel(kind)} at ${clockText(atMs)}.`);
      const left = await flushBookmarks(caseId, meetingId);
      if (left > 0)
        setMessage(`Marked ${bookmarkLabel(kind)} at ${clockText(atMs)}. Saved on this device for now.`);
    },
    [caseId, meetingId, elapsedNow, timelineStart],
  );

  useEffect(() => {
    if (state.serverUpTo !== null) void flushBookmarks(caseId, meetingId);
  }, [state.serverUpTo, caseId, meetingId]);

  // Shortcuts: a letter marks a moment, n goes to the note; never while typing in a field.
  useEffect(() => {
    if (!recording) return;
    const keys: Record<string, BookmarkKind> = {
      a: 'agreed',
      r: 'refused',
      p: 'promised',
      q: 'question',
      i: 'important',
    };
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const kind = keys[e.key.toLowerCase()];
      if (kind) {
        e.preventDefault();
        void mark(kind, '');
      } else if (e.key === 'n') {
        e.preventDefault();
        document.getElementById('live-note')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [recording, mark]);

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
      <section aria-labelledby="recorder-heading" className="recorder">
        <h2 id="recorder-heading">Recorder</h2>
        {state.error ? (
          <p className="notice error" role="alert">
            {state.error}
          </p>
        ) : null}
        {recording || state.phase === 'stopping' ? (
          <button
            type="button"
            className="big-button stop"
            onClick={() => void stop()}
            disabled={state.phase === 'stopping'}
          >
            Stop recording
          </button>
        ) : (
          <button
            type="button"
            className="big-button start"
            onClick={() => void begin([])}
            disabled={busy || state.phase === 'starting'}
          >
            Start recording
          </button>
        )}
        <p className="elapsed">
          <span className="visually-hidden">Time recorded: </span>
          <span aria-hidden={recording}>{clockText(state.elapsedMs)}</span>
        </p>
        <label htmlFor="level-meter" className="visually-hidden">
          Sound level
        </label>
        <meter
          id="level-meter"
          className="level-meter"
          min={0}
          max={1}
          low={0.15}
          high={0.8}
          optimum={0.5}
          value={state.level}
        >
          {levelWords(state.level)}
        </meter>
        <p className="visually-hidden">{levelText}</p>
        <p role="status" className="save-status">
          {recording ? saveLine : ''}
        </p>
        <StatusMessage message={message} />
        <p>
          <Link className="rec-link" to={playerUrl}>
            Open the recording
          </Link>
        </p>
      </section>
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
