import type { RecordingSummary } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '@iep/core';
import { recordingsApi } from '../api/recordings';
import { meetingKindLabel } from '../../../lib/labels';
import { recorderStore } from '../store/recording-session';
import { clockText } from '../lib/recording-time';
import { CHUNK_MS } from '../hooks/useRecorder';

const STATUS: Record<RecordingSummary['status'], string> = {
  ready: 'ready',
  recording: 'still recording or uploading',
  processing: 'being prepared',
  failed: 'has a problem (open it to see)',
  empty: 'empty',
};

/** The list of a case's meeting recordings, and a warning when this device holds unsent audio. */
export function RecordingsSection({
  caseId,
  meetings,
  title = 'Recordings',
}: {
  caseId: string;
  meetings: Meeting[];
  title?: string;
}) {
  const [recordings, setRecordings] = useState<RecordingSummary[] | null>(null);
  const [unsent, setUnsent] = useState<{ meetingId: string; seconds: number }[]>([]);

  useEffect(() => {
    let cancelled = false;
    recordingsApi.recordings(caseId).then(
      (r) => !cancelled && setRecordings(r.recordings),
      () => !cancelled && setRecordings([]),
    );
    void (async () => {
      const store = await recorderStore();
      const parts = await store.listParts(caseId);
      const found = await Promise.all(
        parts.map(async (p) => ({
          meetingId: p.meetingId,
          seconds: ((await store.countChunks(p.clientPartId)) * CHUNK_MS) / 1000,
        })),
      );
      if (!cancelled) setUnsent(found.filter((f) => f.seconds > 0));
    })().catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [caseId]);

  const label = (meetingId: string) => {
    const m = meetings.find((x) => x.id === meetingId);
    return m ? meetingKindLabel(m.kind) : 'Meeting';
  };
  const base = (meetingId: string) =>
    `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}`;
  return (
    <section aria-labelledby="recordings-heading">
      <h2 id="recordings-heading">{title}</h2>
      {unsent.map((u) => (
        <div key={u.meetingId} className="notice warning">
          <p>
            {Math.round(u.seconds)} seconds of a recording of the {label(u.meetingId)} are saved on this
            device but not sent.
          </p>
          <Link className="button" to={`${base(u.meetingId)}/record`}>
            Open the recorder to send them
          </Link>
        </div>
      ))}
      {recordings === null ? <p className="loading">Loading the recordings…</p> : null}
      {recordings?.length === 0 ? <p>No recordings yet. Use “Record this meeting” on a meeting.</p> : null}
      <ul className="plain-list">
        {recordings?.map((r) => (
          <li key={r.id}>
            <Link to={`${base(r.meetingId)}/recording`}>
              {label(r.meetingId)}: {clockText(r.totalMs)}, {r.parts} {r.parts === 1 ? 'part' : 'parts'}
            </Link>{' '}
            ({STATUS[r.status]}){' '}
            <Link className="rec-link" to={`${base(r.meetingId)}/transcript`}>
              Transcript<span className="visually-hidden"> of the {label(r.meetingId)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {recordings && recordings.length > 0 ? (
        <p>
          <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}/transcripts/search`}>
            Search the meeting transcripts
          </Link>
        </p>
      ) : null}
    </section>
  );
}
