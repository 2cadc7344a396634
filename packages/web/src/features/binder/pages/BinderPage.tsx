import { BINDER_TAB_LABELS, DOCUMENT_KIND_LABELS } from '@iep/core/contract';
import { plainDate } from '@iep/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { casesApi } from '../../cases/api/cases';
import { binderApi } from '../api/binder';
import { AddDocumentForm } from '../components/AddDocumentForm';
import { usePolling } from '../hooks/usePolling';
import { byTab, readingLine, stillReading } from '../lib/binder-text';
import { CollapsibleList } from '../../../components/CollapsibleList';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

const enc = encodeURIComponent;

/** /cases/:caseId/binder: the school's papers of the case, under the binder's tabs, and adding one. */
export function BinderPage() {
  const { caseId = '' } = useParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const list = useLoad(() => binderApi.list(caseId), caseId);
  const [status, setStatus] = useState('');
  const access = useCaseAccess(caseId);
  const documents = list.data?.documents ?? [];
  usePolling(documents.some(stillReading), list.reload);

  if (stored.error?.status === 404 || list.error?.status === 404) return <NotFoundPage what="case" />;
  const name = stored.data?.file.student.name;

  return (
    <>
      <PageHeading title={name ? `Binder for ${name}` : undefined}>The binder</PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${enc(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>
        Keep every paper from the school here: the IEP, notices, evaluations, progress reports and emails. The
        app reads the words on each page, so you can search them.
      </p>
      <p>
        <Link className="button secondary" to={`/cases/${enc(caseId)}/search`}>
          Search papers and meetings
        </Link>
      </p>
      <StatusMessage message={status} />
      {access.may('write-case') ? (
        <AddDocumentForm
          caseId={caseId}
          onAdded={(added) => {
            setStatus(
              `${added.message} It is under ${BINDER_TAB_LABELS[added.document.tab]}.${stillReading(added.document) ? ' The app reads its words now. You can close this page. It keeps going.' : ''}`,
            );
            void list.reload();
          }}
        />
      ) : access.role ? (
        <RoleNote>Only the family can add papers to the binder.</RoleNote>
      ) : null}
      {list.error ? <p className="notice error">{list.error.message}</p> : null}
      {byTab(documents).map((group) => (
        <section key={group.tab} aria-labelledby={`tab-${group.tab}`}>
          <h2 id={`tab-${group.tab}`}>
            {group.label} ({group.documents.length})
          </h2>
          {group.documents.length === 0 ? (
            <p className="help-text">Nothing here yet.</p>
          ) : (
            <CollapsibleList
              className="card-list"
              items={group.documents}
              noun="papers"
              itemKey={(doc) => doc.id}
              renderItem={(doc) => (
                <div className="card">
                  <Link className="rec-link" to={`/cases/${enc(caseId)}/binder/${enc(doc.id)}`}>
                    {doc.title}
                  </Link>
                  <p>
                    {DOCUMENT_KIND_LABELS[doc.kind]}
                    {doc.documentDate ? `, dated ${plainDate(doc.documentDate)}` : ''}. Got it{' '}
                    {plainDate(doc.receivedOn)}.
                  </p>
                  <p className={doc.status === 'failed' ? 'notice error' : 'help-text'}>
                    {doc.status === 'failed' && doc.error ? doc.error : readingLine(doc)}
                  </p>
                </div>
              )}
            />
          )}
        </section>
      ))}
    </>
  );
}
