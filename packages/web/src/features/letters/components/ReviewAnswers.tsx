import type { Question } from '@iep/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { LetterAnswers } from '../api/letters';
import { answerText, listItemText, reviewSections } from '../lib/letter-interview';

interface Props {
  questions: Question[];
  answers: LetterAnswers;
  questionHref: (questionId: string) => string;
  moveFocus: boolean;
}

/** Every answer, grouped by section, each section with an Edit link back to its first question. */
export function ReviewAnswers({ questions, answers, questionHref, moveFocus }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moveFocus) headingRef.current?.focus();
  }, [moveFocus]);
  const sections = reviewSections(questions, answers);
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" ref={headingRef} tabIndex={-1} className="question-heading">
        Check your answers
      </h2>
      {sections.length === 0 ? <p>This letter has no questions: everything comes from the case.</p> : null}
      {sections.map((section) => (
        <div key={section.section} className="review-section">
          <div className="review-section-head">
            <h3>{section.section}</h3>
            <Link to={questionHref(section.firstQuestionId)}>
              Edit<span className="visually-hidden"> {section.section}</span>
            </Link>
          </div>
          <dl className="facts">
            {section.questions.map((q) => {
              const value = answers[q.id];
              return (
                <div key={q.id} className="review-row">
                  <dt>{q.prompt}</dt>
                  <dd>
                    {q.type === 'list' && Array.isArray(value) && value.length > 0 ? (
                      <ol>
                        {value.map((item, i) => (
                          <li key={i}>{listItemText(q, item)}</li>
                        ))}
                      </ol>
                    ) : (
                      answerText(q, value)
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
