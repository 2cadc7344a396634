import { UNKNOWN_ANSWER, isFilled, visibleQuestions, type Question } from '@iep/core';
import type { LetterAnswers } from '../api/letters';

// How the interview reads on screen (counts, progress, the review page). The rules of which questions are asked and
// what blocks Next are core's (letters/interview-rules.ts).

const count = (n: number) => n.toLocaleString('en-US');

/** "1,234 of 4,000 characters" under a text answer, counted before the limit is hit. */
export function charCountText(length: number, max: number): string {
  const base = `${count(length)} of ${count(max)} characters`;
  return length > max ? `${base}: ${count(length - max)} too many` : base;
}

/** "Question 3 of 7", counting only the questions that will be asked. */
export function progressText(questions: Question[], answers: LetterAnswers, currentId: string): string {
  const shown = visibleQuestions(questions, answers);
  const index = shown.findIndex((q) => q.id === currentId);
  return `Question ${index + 1} of ${shown.length}`;
}

export interface ReviewSection {
  section: string;
  /** The first question of the section: its "Edit" link goes there. */
  firstQuestionId: string;
  questions: Question[];
}

/** The review screen: the asked questions grouped by section, sections in the order they are first met. */
export function reviewSections(questions: Question[], answers: LetterAnswers): ReviewSection[] {
  const sections: ReviewSection[] = [];
  for (const question of visibleQuestions(questions, answers)) {
    const existing = sections.find((s) => s.section === question.section);
    if (existing) existing.questions.push(question);
    else sections.push({ section: question.section, firstQuestionId: question.id, questions: [question] });
  }
  return sections;
}

function choiceLabel(question: Question, value: unknown): string {
  return question.choices?.find((c) => c.value === value)?.label ?? String(value);
}

/** An answer in words for the review screen. */
export function answerText(question: Question, value: unknown): string {
  if (!isFilled(value)) return 'Not answered';
  if (value === UNKNOWN_ANSWER && question.allowUnknown) return "I don't know";
  switch (question.type) {
    case 'yes-no':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'choice':
      return choiceLabel(question, value);
    case 'multi-choice':
      return Array.isArray(value) ? value.map((v) => choiceLabel(question, v)).join(', ') : String(value);
    case 'list': {
      const items = Array.isArray(value) ? value : [];
      const count = `${items.length} ${items.length === 1 ? 'item' : 'items'}`;
      return count;
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** One list item in words, its fields joined: "Ms. Lee; send the data; by 2026-12-14". */
export function listItemText(question: Question, item: unknown): string {
  if (typeof item === 'string') return item;
  const record = (item ?? {}) as Record<string, unknown>;
  return (question.itemFields ?? [])
    .map((field) => (isFilled(record[field.id]) ? answerText(field, record[field.id]) : ''))
    .filter((text) => text !== '')
    .join('; ');
}

/** The question a server problem is about: "$.answers.reasons" or "$.answers.commitments[1].what" -> its id. */
export function problemQuestionId(path: string): string | null {
  return /^\$\.answers\.([A-Za-z_$][\w$]*)/.exec(path)?.[1] ?? null;
}
