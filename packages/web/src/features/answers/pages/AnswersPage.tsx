import { basisWords, type AnswerItem, type AnswerList, type AnswerState } from '@iep/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { binderApi } from '../../binder/api/binder';
import { casesApi } from '../../cases/api/cases';
import { lettersApi } from '../../letters/api/letters';
import { answersApi } from '../api/answers';
import { MarkAnswered } from '../components/MarkAnswered';
import { PAGE_INTRO, STATE_HEADINGS, stateLine, whoLine } from '../lib/answer-text';
import { CollapsibleList } from '../../../components/CollapsibleList';
import { EmptyState } from '../../../components/EmptyState';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

const enc = encodeURIComponent;
const STATES: readonly AnswerState[] = ['late', 'waiting', 'answered'];

/** /cases/:caseId/answers: what the school owes the parent, late first, with the next letter for a late item. */
export function AnswersPage() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const loaded = useLoad(() => answersApi.list(caseId), caseId);
  const documents = useLoad(() => binderApi.list(caseId), caseId);
  const [list, setList] = useState<AnswerList | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const current = list ?? loaded.data;
  const access = useCaseAccess(caseId);
  const mayMark = access.may('write-case');

  if (stored.error?.status === 404 || loaded.error?.status === 404) return <NotFoundPage what="case" />;
  const name = stored.data?.file.student.name;

  const changed = (next: AnswerList, message: string) => {
    setList(next);
    setOpen(null);
    setStatus(message);
  };

  // The next letter opens as a saved draft, filled with what is known (the day of the first request).
  const startLetter = async (item: AnswerItem) => {
    const next = item.next;
    if (!next?.letterKind) return;
    setError('');
    try {
      const info = (await lettersApi.letterKinds()).kinds.find((k) => k.kind === next.letterKind);
      const meetingId = info?.needsMeeting ? item.meetingId : null;
      if (Object.keys(next.answers).length > 0) {
        const saved = await lettersApi.letterDraft(caseId, next.letterKind, meetingId).catch(() => null);
        // A draft the parent already started is kept as it is.
        if (!saved || Object.keys(saved.answers).length === 0) {
          await lettersApi.saveLetterDraft(caseId, next.letterKind, meetingId, next.answers);
        }
      }
      const query = meetingId ? `?meeting=${enc(meetingId)}` : '';
      await navigate(`/cases/${enc(caseId)}/letters/${enc(next.letterKind)}${query}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The letter could not be started. Try again.');
    }
  };

  const undo = async (item: AnswerItem) => {
    try {
      changed(await answersApi.unmark(caseId, item.id), 'The mark was taken back.');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work. Try again.');
    }
  };

  return (
    <>
      <PageHeading title={name ? `What the school owes ${name}` : undefined}>
        What the school owes you
      </PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${enc(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>{PAGE_INTRO}</p>
      <StatusMessage message={status} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {loaded.error ? <p className="notice error">{loaded.error.message}</p> : null}
      {access.role && !mayMark ? (
        <RoleNote>Only the family can mark what the school answered.</RoleNote>
      ) : null}
      {current && current.items.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>When you mark a letter as sent, or confirm a promise from a meeting, it shows up here.</p>
        </EmptyState>
      ) : null}
      {current
        ? STATES.map((state) => {
            const items = current.items.filter((i) => i.state === state);
            if (items.length === 0) return null;
            return (
              <section key={state} aria-labelledby={`answers-${state}`}>
                <h2 id={`answers-${state}`}>
                  {STATE_HEADINGS[state]} ({items.length})
                </h2>
                <CollapsibleList
                  className="card-list"
                  items={items}
                  noun="items"
                  itemKey={(item) => item.id}
                  renderItem={(item) => (
                    <div className="card" data-answer-item={item.id}>
                      <h3>{item.title}</h3>
                      {whoLine(item) ? <p>{whoLine(item)}</p> : null}
                      <p className={item.state === 'late' ? 'notice warning' : undefined}>
                        {stateLine(item)}
                      </p>
                      <p className="help-text">{basisWords(item)}</p>
                      {item.answer?.documentId ? (
                        <p>
                          The answer:{' '}
                          <Link
                            className="rec-link"
                            to={`/cases/${enc(caseId)}/binder/${enc(item.answer.documentId)}`}
                          >
                            {item.answer.documentTitle}
                          </Link>
                        </p>
                      ) : null}
                      {item.next ? (
                        <div>
                          <p>
                            <strong>What you can do next:</strong> {item.next.words}
                          </p>
                          {item.next.letterKind && access.may('draft-letters') ? (
                            <button type="button" className="button" onClick={() => void startLetter(item)}>
                              Start the letter
                            </button>
                          ) : null}
                        </div>
                      ) : null}
                      {mayMark ? (
                        <div className="actions">
                          {item.state === 'answered' && item.answer ? (
                            <button
                              type="button"
                              className="button secondary"
                              onClick={() => void undo(item)}
                            >
                              Undo answered
                            </button>
                          ) : null}
                          {item.state !== 'answered' ? (
                            <button
                              type="button"
                              className="button secondary"
                              aria-expanded={open === item.id}
                              onClick={() => setOpen(open === item.id ? null : item.id)}
                            >
                              The school answered
                            </button>
                          ) : null}
                        </div>
                      ) : null}
                      {mayMark && open === item.id ? (
                        <MarkAnswered
                          caseId={caseId}
                          itemId={item.id}
                          documents={documents.data?.documents ?? []}
                          today={current.today}
                          onDone={changed}
                        />
                      ) : null}
                    </div>
                  )}
                />
              </section>
            );
          })
        : null}
      <p className="help-text">
        The reminders are also in each meeting’s calendar file, which you can get on the meeting’s plan.
      </p>
    </>
  );
}
