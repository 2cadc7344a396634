import { DOCUMENT_KIND_LABELS } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { ReadAloud } from '../../../components/ReadAloud';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { binderApi } from '../api/binder';
import { DocumentDetailsForm } from '../components/DocumentDetailsForm';
import { NoticeCheckPanel } from '../components/NoticeCheckPanel';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';
import { MeetingCompare } from '../components/MeetingCompare';
import { ProgressCheck } from '../components/ProgressCheck';
import { ReadingProgress } from '../components/ReadingProgress';
import { usePolling } from '../hooks/usePolling';
import { stillReading } from '../lib/binder-text';

const enc = encodeURIComponent;

/** /cases/:caseId/binder/:documentId: one paper, its text page by page, and its kind, tab and dates to fix. */
export function DocumentPage() {
  const { caseId = '', documentId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useLoad(() => binderApi.get(caseId, documentId), `${caseId}/${documentId}`);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const body = loaded.data;
  const { may, role } = useCaseAccess(caseId);
  const mayChange = may('write-case');
  usePolling(body ? stillReading(body.document) : false, loaded.reload);

  if (loaded.error?.status === 404) return <NotFoundPage what="document" />;
  if (!body) return loaded.error ? <p className="notice error">{loaded.error.message}</p> : null;
  const doc = body.document;
  const binderHref = `/cases/${enc(caseId)}/binder`;

  const act = async (work: () => Promise<void>) => {
    setFailure('');
    try {
      await work();
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : 'That did not work. Try again.');
    }
  };

  return (
    <>
      <PageHeading>{doc.title}</PageHeading>
      <p>
        <Link className="rec-link" to={binderHref}>
          Back to the binder
        </Link>
      </p>
      <p>
        {DOCUMENT_KIND_LABELS[doc.kind]}. File: {doc.fileName}.{' '}
        <a className="rec-link" href={binderApi.fileUrl(caseId, doc.id)} target="_blank" rel="noreferrer">
          Open the original file
        </a>
      </p>
      <ReadingProgress doc={doc} />
      {doc.status === 'failed' ? (
        <div className="notice error" role="alert">
          <p>{doc.error ?? 'The text could not be read.'}</p>
          {mayChange ? (
            <button
              type="button"
              onClick={() =>
                void act(async () => {
                  await binderApi.retry(caseId, doc.id);
                  await loaded.reload();
                  setStatus('Reading the text again.');
                })
              }
            >
              Read it again
            </button>
          ) : null}
        </div>
      ) : null}
      <StatusMessage message={status} />
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      {doc.kind === 'pwn' && doc.status === 'ready' ? (
        <NoticeCheckPanel caseId={caseId} doc={doc} mayDraft={may('draft-letters')} />
      ) : null}
      {mayChange ? (
        <DocumentDetailsForm
          key={doc.updatedAt}
          caseId={caseId}
          doc={doc}
          onSaved={(saved, message) => {
            loaded.setData({ ...body, document: saved });
            setStatus(message);
          }}
        />
      ) : role ? (
        <RoleNote>Only the family can change or delete the papers in the binder.</RoleNote>
      ) : null}
      {doc.status === 'ready' && (doc.kind === 'iep' || doc.kind === 'amendment') ? (
        <MeetingCompare caseId={caseId} doc={doc} mayDraft={may('draft-letters')} />
      ) : null}
      {doc.status === 'ready' && doc.kind === 'progress-report' ? (
        <ProgressCheck caseId={caseId} doc={doc} />
      ) : null}
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">The words on each page</h2>
        {body.pages.length === 0 ? <p className="help-text">No text yet.</p> : null}
        {body.pages.map((page) => (
          <section
            key={page.n}
            id={`page-${page.n}`}
            aria-labelledby={`page-${page.n}-heading`}
            className="card"
          >
            <h3 id={`page-${page.n}-heading`}>Page {page.n}</h3>
            {page.source === 'ocr' ? (
              <p className="help-text">
                Read from a picture. Some words may be wrong: check them on the paper.
              </p>
            ) : null}
            {page.text ? (
              <>
                <ReadAloud text={page.text} label={`Read page ${page.n} aloud`} />
                <p className="page-text">{page.text}</p>
              </>
            ) : (
              <p className="help-text">No words were found on this page.</p>
            )}
          </section>
        ))}
      </section>
      {mayChange ? (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete</h2>
          <p>This removes the paper, its file and its words from the binder.</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (!window.confirm(`Delete “${doc.title}” from the binder?`)) return;
              void act(async () => {
                await binderApi.remove(caseId, doc.id);
                void navigate(binderHref);
              });
            }}
          >
            Delete this paper
          </button>
        </section>
      ) : null}
    </>
  );
}
