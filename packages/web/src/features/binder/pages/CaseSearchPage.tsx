import { DOCUMENT_KIND_LABELS, type CaseSearchResult } from '@iep/core/contract';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { casesApi } from '../../cases/api/cases';
import { meetingTitle, transcriptHref } from '../../transcripts/lib/transcript-links';
import { hitParts } from '../../transcripts/lib/transcript-snippet';
import { clockOf } from '../../transcripts/lib/transcript-time';
import { binderApi } from '../api/binder';

const enc = encodeURIComponent;

function Snippet({ parts }: { parts: readonly { text: string; highlight: boolean }[] }) {
  return (
    <p className="snippet">
      {parts.map((p, i) => (p.highlight ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

/** /cases/:caseId/search?q=: one search over the binder's papers and the meetings' transcripts. */
export function CaseSearchPage() {
  const { caseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const submitted = params.get('q') ?? '';
  const [q, setQ] = useState(submitted);
  const [result, setResult] = useState<CaseSearchResult | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!submitted) return;
    let cancelled = false;
    binderApi.search(caseId, submitted).then(
      (r) => {
        if (cancelled) return;
        setResult(r);
        setError('');
        const n = r.documents.length + r.transcripts.length;
        setStatus(
          n === 0
            ? `Nothing found for “${submitted}”.`
            : `Found ${n} ${n === 1 ? 'place' : 'places'} for “${submitted}”.`,
        );
      },
      (e: unknown) => {
        if (!cancelled) setError(e instanceof ApiError ? e.message : 'The search did not work. Try again.');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, submitted]);

  if (stored.error?.status === 404) return <NotFoundPage what="case" />;
  const file = stored.data?.file;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!q.trim()) {
      setError('Type a word to search for.');
      return;
    }
    setStatus('Searching…');
    setParams({ q: q.trim() }, { replace: true });
  };

  return (
    <>
      <PageHeading title={file ? `Search the case of ${file.student.name}` : undefined}>
        Search papers and meetings
      </PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${enc(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>Find a word in the school’s papers in the binder and in what was said at the meetings.</p>
      <form role="search" aria-label="Search papers and meetings" onSubmit={submit} className="search-form">
        <div className="field">
          <label htmlFor="case-search-q">Words to find</label>
          <input
            id="case-search-q"
            type="search"
            value={q}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <button type="submit">Search</button>
      </form>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className="search-status">
        {status}
      </p>
      {result && submitted ? (
        <>
          <section aria-labelledby="paper-hits">
            <h2 id="paper-hits">In the papers ({result.documents.length})</h2>
            <ol className="card-list hit-list">
              {result.documents.map((hit) => (
                <li key={`${hit.documentId}-${hit.page}`} className="card hit">
                  <Link
                    className="rec-link"
                    to={`/cases/${enc(caseId)}/binder/${enc(hit.documentId)}#page-${hit.page}`}
                  >
                    {hit.title}, page {hit.page}
                  </Link>
                  <p className="help-text">{DOCUMENT_KIND_LABELS[hit.kind]}</p>
                  <Snippet parts={hit.snippet} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="meeting-hits">
            <h2 id="meeting-hits">In the meetings ({result.transcripts.length})</h2>
            <ol className="card-list hit-list">
              {result.transcripts.map((hit) => (
                <li key={`${hit.transcriptId}-${hit.segmentId}`} className="card hit">
                  <Link
                    className="rec-link"
                    to={transcriptHref(caseId, hit.meetingId, { sec: hit.start, q: submitted })}
                  >
                    {file ? meetingTitle(file.meetings, hit.meetingId) : 'A meeting'}, at {clockOf(hit.start)}
                    , {hit.speakerName}
                  </Link>
                  <Snippet parts={hitParts(hit, submitted)} />
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </>
  );
}
