import { Link } from 'react-router';
import { meetingKindLabel } from '../../../lib/labels';
import { RecordingsSection } from '../../recordings/components/RecordingsSection';
import { CaseSectionFrame } from '../components/CaseSectionFrame';

/** /cases/:caseId/recordings: every meeting's recording, what this device still holds unsent, and the recorders. */
export function CaseRecordingsPage() {
  return (
    <CaseSectionFrame
      title="Recordings"
      editable={(stored) => {
        const base = `/cases/${encodeURIComponent(stored.id)}`;
        return (
          <>
            <RecordingsSection
              caseId={stored.id}
              meetings={stored.file.meetings}
              title="Meeting recordings"
            />
            {stored.file.meetings.length > 0 ? (
              <section aria-labelledby="record-heading">
                <h2 id="record-heading">Record a meeting</h2>
                <ul className="plain-list">
                  {stored.file.meetings.map((m) => (
                    <li key={m.id}>
                      <Link to={`${base}/meetings/${encodeURIComponent(m.id)}/record`}>
                        Record the {meetingKindLabel(m.kind)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : (
              <p>
                <Link to={`${base}/meetings`}>Add a meeting</Link> first, then record it.
              </p>
            )}
          </>
        );
      }}
      readOnly={(stored) => (
        <RecordingsSection caseId={stored.id} meetings={stored.file.meetings} title="Meeting recordings" />
      )}
    />
  );
}
