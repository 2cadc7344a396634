import { Link, useParams, useSearchParams } from 'react-router';
import { casesApi } from '../../cases/api/cases';
import { PageHeading } from '../../../components/PageHeading';
import { TranscriptSearch } from '../components/TranscriptSearch';
import { useLoad } from '../../../hooks/useLoad';
import { meetingTitle, searchHref } from '../lib/transcript-links';
import { rosterNames } from '../lib/transcript-roster';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { bookmarkKindOf } from '../../recordings/lib/recording-time';

/** /cases/:caseId/transcripts/search?q=&speaker=&bookmark=: search every meeting's transcript of the case. */
export function TranscriptSearchPage() {
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);

  if (stored.error?.status === 404) return <NotFoundPage what="case" />;
  const file = stored.data?.file;
  const q = params.get('q') ?? '';
  const initial = q
    ? { q, speaker: params.get('speaker') ?? undefined, bookmark: bookmarkKindOf(params.get('bookmark')) }
    : null;

  return (
    <>
      <PageHeading title={file ? `Search transcripts for ${file.student.name}` : undefined}>
        Search the meeting transcripts
      </PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>
        Find where a word was said in any meeting of this case. Each result opens the transcript at that
        moment and plays it.
      </p>
      {stored.error ? <p className="notice error">{stored.error.message}</p> : null}
      <TranscriptSearch
        caseId={caseId}
        meetingLabel={(id) => (file ? meetingTitle(file.meetings, id) : 'A meeting')}
        speakerNames={file ? rosterNames(file).map((r) => r.name) : []}
        initial={initial}
        heading="Search"
        headingHidden
        // Keep the search in the address (reload, Back from a hit) without a router navigation, which would move
        // focus to the page heading away from the results being announced.
        onSubmitted={(query) =>
          window.history.replaceState(window.history.state, '', searchHref(caseId, query))
        }
      />
    </>
  );
}
