import { Link } from 'react-router';
import type { LettersOverview } from '../../api/types';

// A sent date may be a day ("2026-10-30") or an instant; a day is shown as that day everywhere.
function dayText(value: string): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-US', { dateStyle: 'long', ...(dayOnly ? { timeZone: 'UTC' } : {}) });
}

interface Props {
  caseId: string;
  meetingId: string;
  letters: LettersOverview | null;
}

// RSMo 162.686 as /work/shared/domain/missouri-rules.md states it (Senate summary of SB 134 / HB 432, 2021).
// The parent does not have to give notice; the district may not ask for more than 24 hours.
export function RecordingLaw({ caseId, meetingId, letters }: Props) {
  const sent = letters?.sent
    .filter((s) => s.kind === 'recording-notice' && s.meetingId === meetingId)
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt))[0];
  const letterUrl = `/cases/${encodeURIComponent(caseId)}/letters/recording-notice?meeting=${encodeURIComponent(meetingId)}`;
  return (
    <section className="notice law-box" aria-labelledby="law-heading">
      <h2 id="law-heading">What the law allows</h2>
      <ul>
        <li>
          A Missouri school may not stop you from making an audio recording of any IEP or 504 meeting (RSMo
          162.686).
        </li>
        <li>The school may not ask you to tell it more than 24 hours before the meeting.</li>
        <li>The recording belongs to you. It is not a public record.</li>
        <li>The law is about sound only. It does not cover video.</li>
      </ul>
      <p className="small-print">
        Source: Missouri Senate summary of SB 134 (2021), the same bill as HB 432. We could not read the final
        text of the law itself.
      </p>
      {letters === null ? null : sent ? (
        <p>You sent the recording notice on {dayText(sent.sentAt)}.</p>
      ) : (
        <p>
          You have not marked a recording notice as sent. It is a good idea, not a must.{' '}
          <Link className="rec-link" to={letterUrl}>
            Write the recording notice
          </Link>
        </p>
      )}
    </section>
  );
}
