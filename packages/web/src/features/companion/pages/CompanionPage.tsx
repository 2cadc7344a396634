import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { CompanionPanel } from '../components/CompanionPanel';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';

/** The companion without recording: the same cards and notes, with no recording times. */
export function CompanionPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const { may } = useCaseAccess(caseId);
  const recordHref = `/cases/${encodeURIComponent(caseId)}/meetings/${encodeURIComponent(meetingId)}/record?companion=1`;
  return (
    <>
      <PageHeading>Meeting companion</PageHeading>
      <p>
        <Link to={`/cases/${encodeURIComponent(caseId)}`}>Back to the case</Link>
      </p>
      {may('write-case') ? (
        <p>
          Nothing is being recorded. To record too,{' '}
          <Link to={recordHref}>record the meeting with the companion</Link>.
        </p>
      ) : null}
      <CompanionPanel caseId={caseId} meetingId={meetingId} recordingAt={() => null} recording={false} />
    </>
  );
}
