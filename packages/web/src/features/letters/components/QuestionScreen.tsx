import { UNKNOWN_ANSWER, answerProblem, type Question } from '@iep/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { LetterAnswers } from '../api/letters';
import { progressText } from '../lib/letter-interview';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { AnswerControl } from './AnswerControl';
import { HelpText } from './HelpText';
import { ListAnswer } from './ListAnswer';
import type { SaveProblem } from '../hooks/useLetterDraft';

interface Props {
  questions: Question[];
  question: Question;
  answers: LetterAnswers;
  onAnswer: (id: string, value: unknown) => void;
  /** Answers the server refused to save: this screen's own block Next until fixed; others are linked. */
  saveProblems: SaveProblem[];
  questionHref: (questionId: string) => string;
  onBack: (() => void) | null;
  onNext: () => void;
  /** False on the page the browser first loads, so the first Tab still reaches the skip link. */
  moveFocus: boolean;
}

/** One question per screen (Assembly Line style): heading, help, "I don't know", Back and Next. */
export function QuestionScreen({
  questions,
  question,
  answers,
  onAnswer,
  saveProblems,
  questionHref,
  onBack,
  onNext,
  moveFocus,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = `q-${question.id}`;
  const value = answers[question.id];
  const unknown = value === UNKNOWN_ANSWER;

  // Each step is a new screen for a screen reader: say the question by moving focus to its heading.
  // (The screen is keyed by question, so a new question also starts with no error shown.)
  useEffect(() => {
    if (moveFocus) headingRef.current?.focus();
  }, [question.id, moveFocus]);

  const mine = saveProblems.filter((p) => p.questionId === question.id);
  const elsewhere = saveProblems.filter((p) => p.questionId !== question.id);

  // Next never moves on from an answer that cannot be saved: the parent would lose it at the next reload.
  function submit(event: FormEvent) {
    event.preventDefault();
    const problem =
      answerProblem(question, value) ??
      mine[0]?.message ??
      (elsewhere.length > 0 ? 'Some answers are not saved yet. Fix the ones listed above first.' : null);
    setError(problem);
    if (!problem) onNext();
  }

  const describedBy =
    [question.help ? `${inputId}-help` : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const set = (v: unknown) => onAnswer(question.id, v);

  return (
    <form className="question" noValidate onSubmit={submit} aria-label={question.prompt}>
      <p className="progress">{progressText(questions, answers, question.id)}</p>
      <ErrorSummary errors={error ? [{ fieldId: inputId, message: error }] : []} />
      {elsewhere.length > 0 ? (
        <div className="notice error">
          <p>These answers on other screens are not saved:</p>
          <ul>
            {elsewhere.map((p) => (
              <li key={`${p.questionId ?? ''}-${p.message}`}>
                {p.message}{' '}
                {p.questionId && questions.some((q) => q.id === p.questionId) ? (
                  <Link to={questionHref(p.questionId)}>Go to this question</Link>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={error ? 'field has-error' : 'field'}>
        {question.type === 'list' ? (
          <ListAnswer
            question={question}
            inputId={inputId}
            value={value}
            onChange={set}
            describedBy={describedBy}
            invalid={error !== null}
            headingRef={headingRef}
          />
        ) : (
          <AnswerControl
            question={question}
            inputId={inputId}
            value={value}
            onChange={set}
            describedBy={describedBy}
            invalid={error !== null}
            label={question.prompt}
            headingRef={headingRef}
          />
        )}
        {error ? (
          <p id={`${inputId}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <HelpText id={`${inputId}-help`} help={question.help} />
        {question.allowUnknown ? (
          <div className="checkbox">
            <input
              id={`${inputId}-unknown`}
              type="checkbox"
              checked={unknown}
              onChange={(e) => set(e.target.checked ? UNKNOWN_ANSWER : undefined)}
            />
            <label htmlFor={`${inputId}-unknown`}>I don&apos;t know</label>
          </div>
        ) : null}
      </div>
      <div className="actions">
        {onBack ? (
          <button type="button" className="secondary" onClick={onBack}>
            Back
          </button>
        ) : null}
        <button type="submit">Next</button>
      </div>
    </form>
  );
}
