import type { TimelineEvent } from '@iep/core/contract';
import { Link, useParams } from 'react-router';
import { casesApi } from '../../cases/api/cases';
import { lettersApi } from '../api/letters';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeading } from '../../../components/PageHeading';
import { Timeline } from '../../../components/Timeline';
import { useLoad } from '../../../hooks/useLoad';
import { formatInZone } from '../../../lib/format-time';
import { shortHash } from '../lib/letter-status';
import { NotFoundPage } from '../../../pages/NotFoundPage';

const hashOf = (data: TimelineEvent['data']): string | null =>
  typeof data.sha256 === 'string' ? data.sha256 : null;

/** The paper trail: what happened on this case and when, newest first, with file fingerprints. */
export function TimelinePage() {
  const { caseId = '' } = useParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const timeline = useLoad(() => lettersApi.timeline(caseId), caseId);
  if (stored.error?.status === 404 || timeline.error?.status === 404) return <NotFoundPage what="case" />;
  const name = stored.data?.file.student.name;
  const timeZone = stored.data?.file.meetings[0]?.timeZone ?? 'America/Chicago';
  const caseUrl = `/cases/${encodeURIComponent(caseId)}`;
  const events = timeline.data?.events ?? [];

  return (
    <>
      <PageHeading title={name ? `Paper trail for ${name}` : 'Paper trail'}>Paper trail</PageHeading>
      <p>
        <Link to={caseUrl}>Back to the case</Link> · <Link to={`${caseUrl}/letters`}>Letters</Link>
      </p>
      <p>
        A record of what you sent and when. Each sent file has a fingerprint (SHA-256): a long number that
        changes if even one letter of the file changes.
      </p>
      {timeline.error ? <p className="notice error">{timeline.error.message}</p> : null}
      {!timeline.data && !timeline.error ? <p className="loading">Loading the paper trail…</p> : null}
      {timeline.data && events.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>Letters you mark as sent will show here.</p>
        </EmptyState>
      ) : null}
      {events.length > 0 ? (
        <Timeline
          label="Paper trail, newest first"
          visible={8}
          noun="events"
          items={events.map((event) => {
            const hash = hashOf(event.data);
            return {
              key: event.id,
              when: formatInZone(event.at, timeZone, { withYear: true }),
              title: event.summary,
              body: hash ? (
                <details className="help-text">
                  <summary>
                    Fingerprint <code className="hash">{shortHash(hash)}</code>
                  </summary>
                  <p>
                    Full SHA-256: <code className="hash break">{hash}</code>
                  </p>
                </details>
              ) : undefined,
            };
          })}
        />
      ) : null}
    </>
  );
}
