import type { RecordingSummary } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '@iep/core';
import { recordingsApi } from '../api/recordings';
import { meetingKindLabel } from '../../../lib/labels';
import { clockText } from '../lib/recording-time';
import { UnsentRecordingsNotice } from './UnsentRecordingsNotice';

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

  useEffect(() => {
    let cancelled = false;
    recordingsApi.recordings(caseId).then(
      (r) => !cancelled && setRecordings(r.recordings),
      () => !cancelled && setRecordings([]),
    );
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
      <UnsentRecordingsNotice caseId={caseId} meetings={meetings} />
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
