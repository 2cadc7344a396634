import type { BinderDocument } from '@iep/core/contract';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { ReadAloud } from '../../../components/ReadAloud';
import { useLoad } from '../../../hooks/useLoad';
import { lettersApi } from '../../letters/api/letters';
import { binderApi } from '../api/binder';
import { noticeLetterHref, noticeReadAloud, noticeSummary } from '../lib/notice-check-text';

interface Props {
  caseId: string;
  doc: BinderDocument;
  /** Whether this member may draft letters (not a viewer): the "Write a letter" button shows only then. */
  mayDraft: boolean;
}

/**
 * "Check this notice": on a read Prior Written Notice (Notice of Action), the seven parts the law lists, each found
 * with the notice's own words and page, or not found; when the change can start; and the letter that asks the
 * school for the missing parts, drafted through the letters flow.
 */
export function NoticeCheckPanel({ caseId, doc, mayDraft }: Props) {
  const navigate = useNavigate();
  // A new kind or date (updatedAt) checks again.
  const loaded = useLoad(() => binderApi.noticeCheck(caseId, doc.id), `${caseId}/${doc.id}/${doc.updatedAt}`);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const check = loaded.data;

  const draft = async () => {
    if (!check?.letterAnswers) return;
    setBusy(true);
    setFailure('');
    try {
      await lettersApi.saveLetterDraft(caseId, 'notice-missing-parts', null, check.letterAnswers);
      await navigate(noticeLetterHref(caseId));
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : 'We could not start the letter. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="notice-check-heading" className="card notice-check">
      <h2 id="notice-check-heading">Check this notice</h2>
      {loaded.error ? (
        <p className="notice error" role="alert">
          {loaded.error.message}
        </p>
      ) : null}
      {!check ? (
        loaded.error ? null : (
          <p className="help-text">Checking the notice…</p>
        )
      ) : (
        <>
          <p>{check.basis.words}</p>
          <p>
            <strong>{noticeSummary(check)}</strong>
          </p>
          <ReadAloud text={noticeReadAloud(check)} label="Read the check aloud" />
          <ol className="notice-parts">
            {check.elements.map((e) => (
              <li key={e.n}>
                <p>
                  <strong>{e.name}</strong> ({e.citation}):{' '}
                  {e.found ? `found${e.page ? ` on page ${e.page}` : ''}.` : 'not found.'}
                </p>
                {e.quote ? <blockquote className="page-text">{e.quote}</blockquote> : null}
                {e.note ? <p className="help-text">{e.note}</p> : null}
              </li>
            ))}
          </ol>
          <h3>When the change can start</h3>
          <p>{check.timing.words}</p>
          <p className="help-text">
            {check.timing.kind === 'law'
              ? `Source: ${check.timing.citation}.`
              : `Source: ${check.timing.citation}. This is guidance from the state, not federal law.`}
          </p>
          <p className="help-text">
            This check reads the words of the notice. It can miss a part that is written in other words, so
            look at the notice too.
          </p>
          {failure ? (
            <p className="notice error" role="alert">
              {failure}
            </p>
          ) : null}
          {check.letterAnswers && mayDraft ? (
            <button type="button" disabled={busy} onClick={() => void draft()}>
              Write a letter asking for the missing parts
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
