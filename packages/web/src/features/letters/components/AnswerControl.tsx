import { UNKNOWN_ANSWER, type Question } from '@iep/core';
import type { ReactNode, RefObject } from 'react';
import { charCountText } from '../lib/letter-interview';

interface Props {
  question: Question;
  /** The id of the main input (or, for a group, of its first input), so labels and error links can find it. */
  inputId: string;
  value: unknown;
  onChange: (value: unknown) => void;
  describedBy?: string;
  invalid: boolean;
  label: ReactNode;
  /** Given for a whole screen: the label becomes the screen's h2, which takes focus on each step. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

function Heading({
  headingRef,
  children,
}: {
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  if (!headingRef) return <>{children}</>;
  return (
    <h2 ref={headingRef} tabIndex={-1} className="question-heading">
      {children}
    </h2>
  );
}

const asString = (value: unknown) =>
  typeof value === 'number'
    ? String(value)
    : typeof value === 'string' && value !== UNKNOWN_ANSWER
      ? value
      : '';

/** A number field keeps what was typed until it is a whole number, so the answer sent is a number. */
const numberAnswer = (typed: string): unknown => (/^\d+$/.test(typed.trim()) ? Number(typed.trim()) : typed);

/**
 * One answer's input, chosen by question type. Group types (choices, yes/no) use a fieldset whose legend is the
 * label, so screen readers read the question with each option.
 */
export function AnswerControl({
  question,
  inputId,
  value,
  onChange,
  describedBy,
  invalid,
  label,
  headingRef,
}: Props) {
  const unknown = value === UNKNOWN_ANSWER;
  const common = {
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
    disabled: unknown,
  } as const;

  if (question.type === 'choice' || question.type === 'yes-no' || question.type === 'multi-choice') {
    const options =
      question.type === 'yes-no'
        ? [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]
        : (question.choices ?? []).length > 0
          ? (question.choices ?? [])
          : // Choices filled from elsewhere (e.g. services sent from the data check) arrive as the answer itself.
            (Array.isArray(value) ? (value as unknown[]) : []).map((v) => ({
              value: String(v),
              label: String(v),
            }));
    const selected = (optionValue: string): boolean => {
      if (question.type === 'yes-no')
        return (optionValue === 'yes' && value === true) || (optionValue === 'no' && value === false);
      if (question.type === 'multi-choice') return Array.isArray(value) && value.includes(optionValue);
      return value === optionValue;
    };
    const pick = (optionValue: string, checked: boolean) => {
      if (question.type === 'yes-no') onChange(optionValue === 'yes');
      else if (question.type === 'multi-choice') {
        const current = Array.isArray(value) ? (value as unknown[]).filter((v) => v !== optionValue) : [];
        onChange(checked ? [...current, optionValue] : current);
      } else onChange(optionValue);
    };
    return (
      <fieldset className="answer-group" aria-describedby={describedBy}>
        <legend>
          <Heading headingRef={headingRef}>{label}</Heading>
        </legend>
        {options.length === 0 ? <p id={inputId}>Nothing to choose from yet.</p> : null}
        {options.map((option, index) => {
          const id = index === 0 ? inputId : `${inputId}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                id={id}
                type={question.type === 'multi-choice' ? 'checkbox' : 'radio'}
                name={inputId}
                value={option.value}
                checked={selected(option.value)}
                disabled={unknown}
                aria-invalid={invalid ? true : undefined}
                onChange={(e) => pick(option.value, e.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    );
  }

  const text = asString(value);
  // A counter under text answers with a limit, so the limit is seen before it is hit. The field takes more than the
  // limit (a paste is never cut short): the counter and Next say what to shorten.
  const limit = question.type === 'text' || question.type === 'long-text' ? question.maxLength : undefined;
  const countId = `${inputId}-count`;
  const described = limit === undefined ? describedBy : [describedBy, countId].filter(Boolean).join(' ');
  const fieldProps = { ...common, 'aria-describedby': described || undefined };
  const counter =
    limit === undefined ? null : (
      <p id={countId} className={text.length > limit ? 'char-count over' : 'char-count'}>
        {charCountText(text.length, limit)}
      </p>
    );
  return (
    <>
      <Heading headingRef={headingRef}>
        <label htmlFor={inputId} className="answer-label">
          {label}
        </label>
      </Heading>
      {question.type === 'long-text' ? (
        <textarea
          id={inputId}
          rows={6}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          {...fieldProps}
        />
      ) : question.type === 'number' ? (
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          value={text}
          onChange={(e) => onChange(numberAnswer(e.target.value))}
          {...common}
        />
      ) : (
        <input
          id={inputId}
          type={question.type === 'date' ? 'date' : question.type === 'datetime' ? 'datetime-local' : 'text'}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          {...fieldProps}
        />
      )}
      {counter}
    </>
  );
}
