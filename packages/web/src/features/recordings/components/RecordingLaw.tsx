import type { LettersOverview } from '@iep/core/contract';
import { Link } from 'react-router';
import {
  MEDIATION_RECORDING_WARNING,
  plainDate,
  RECORDING_LAW_POINTS,
  RECORDING_LAW_SOURCE_NOTE,
  recordingNoticeOffered,
  type MeetingKind,
} from '@iep/core';

// A sent date may be a day ("2026-10-30") or an instant; a day is shown as that day everywhere.
function dayText(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return plainDate(value);
  // An instant is shown as the day it was on this device.
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-US', { dateStyle: 'long' });
}

interface Props {
  caseId: string;
  meetingId: string;
  /** The meeting's kind once the case has loaded (null until then). */
  meetingKind: MeetingKind | null;
  letters: LettersOverview | null;
}

// RSMo 162.686 in core's words (rules/recording-law.ts), the same sentences the plan uses: a district can require
// written notice up to 24 hours ahead, so the parent sends it. A mediation session is confidential
// (34 CFR 300.506(b)(8)): warn, and offer no notice letter.
export function RecordingLaw({ caseId, meetingId, meetingKind, letters }: Props) {
  const mediation = meetingKind !== null && !recordingNoticeOffered(meetingKind);
  const sent = letters?.sent
    .filter((s) => s.kind === 'recording-notice' && s.meetingId === meetingId)
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt))[0];
  const letterUrl = `/cases/${encodeURIComponent(caseId)}/letters/recording-notice?meeting=${encodeURIComponent(meetingId)}`;
  return (
    <section className="notice law-box" aria-labelledby="law-heading">
      <h2 id="law-heading">What the law allows</h2>
      {mediation ? <p className="notice warning">{MEDIATION_RECORDING_WARNING}</p> : null}
      <ul>
        {RECORDING_LAW_POINTS.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="small-print">{RECORDING_LAW_SOURCE_NOTE}</p>
      {mediation || letters === null ? null : sent ? (
        <p>You sent the recording notice on {dayText(sent.sentAt)}.</p>
      ) : (
        <p>
          You have not marked a recording notice as sent. Send it at least 24 hours before the meeting.{' '}
          <Link className="rec-link" to={letterUrl}>
            Write the recording notice
          </Link>
        </p>
      )}
    </section>
  );
}
