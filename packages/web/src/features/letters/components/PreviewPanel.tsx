import type { LetterPreview } from '@iep/core/contract';
import { cleanAnswers } from '@iep/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { LetterAnswers } from '../api/letters';
import { ApiError } from '../../../api/client';
import { lettersApi } from '../api/letters';
import { fixTarget } from '../lib/letter-missing';
import { ReadAloud } from '../../../components/ReadAloud';
import { LetterView } from './LetterView';
import { NotesPanel } from './NotesPanel';
import { TranscriptItemsNote } from './TranscriptItemsNote';

interface Props {
  caseId: string;
  kind: string;
  meetingId: string | null;
  answers: LetterAnswers;
  questionIds: string[];
  /** Builds the address of one question of this interview, for "Answer this question" links. */
  questionHref: (questionId: string) => string;
}

const PREVIEW_DELAY_MS = 500;

/** The letter as the server will make it, refreshed a moment after the answers change. */
export function PreviewPanel({ caseId, kind, meetingId, answers, questionIds, questionHref }: Props) {
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      lettersApi.previewLetter(caseId, kind, meetingId, cleanAnswers(answers)).then(
        (result) => {
          if (cancelled) return;
          setPreview(result);
          setFailure('');
        },
        (e: unknown) => {
          if (!cancelled) setFailure(e instanceof ApiError ? e.message : 'The preview did not load.');
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [caseId, kind, meetingId, answers]);

  const missing = preview && !preview.ok ? preview.missing : [];
  return (
    <section aria-labelledby="preview-heading" className="letter-preview-panel">
      <h2 id="preview-heading">Your letter</h2>
      {failure ? <p className="notice error">{failure}</p> : null}
      {!preview && !failure ? <p className="loading">Making the preview…</p> : null}
      {missing.length > 0 ? (
        <div className="notice warning">
          <h3>The letter needs a few more facts</h3>
          <ul className="missing-facts">
            {missing.map((fact) => {
              const target = fixTarget(fact.field, questionIds);
              return (
                <li key={`${fact.field}-${fact.message}`}>
                  {fact.message}{' '}
                  {target.to === 'question' ? (
                    <Link to={questionHref(target.questionId)}>{target.label}</Link>
                  ) : (
                    <Link to={`/cases/${encodeURIComponent(caseId)}#${target.hash}`}>{target.label}</Link>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {preview?.ok ? (
        <>
          <TranscriptItemsNote count={preview.fromTranscript} />
          <div className="letter-with-notes">
            <div>
              <div className="actions">
                <ReadAloud text={preview.text} label="the letter" />
              </div>
              <LetterView letter={preview.letter} />
            </div>
            <NotesPanel letter={preview.letter} text={preview.notesText} />
          </div>
        </>
      ) : null}
    </section>
  );
}
