import type { Question } from './letter-types.js';

// The rules of the letter interview, in one place for every client: which questions are asked (showIf, the plan
// type, choices from the case), what blocks Next (required, "I don't know", the limits the answers schema keeps),
// and the answers as the server checks them. The web app only draws them.

/** Answers of one letter, as the interview holds them before the kind's schema checks them. */
export type InterviewAnswers = Record<string, unknown>;

/** What "I don't know" stores (the letters contract): the letter then says the fact is not known yet. */
export const UNKNOWN_ANSWER = 'unknown';

/** A question whose showIf names another answer is asked only when that answer matches. */
export function isShown(question: Question, answers: InterviewAnswers): boolean {
  if (!question.showIf) return true;
  return answers[question.showIf.questionId] === question.showIf.equals;
}

/** The questions to ask now, in order; answering one can add or remove later ones. */
export function visibleQuestions(questions: Question[], answers: InterviewAnswers): Question[] {
  return questions.filter((q) => isShown(q, answers));
}

/** True for an answer given (a blank string or an empty list is no answer; "I don't know" is one). */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Too long for the limit the answers schema keeps, said plainly; null when it fits. */
function tooLong(text: unknown, max: number | undefined, what = 'This answer'): string | null {
  if (typeof text !== 'string' || max === undefined || text.length <= max) return null;
  return `${what} is too long: ${count(text.length)} characters. Keep it to ${count(max)} or fewer. Your text is kept: shorten it here.`;
}

function listProblem(question: Question, value: unknown): string | null {
  const items = Array.isArray(value) ? value : [];
  if (question.required && items.length === 0) return 'Add at least one item, or go back.';
  if (question.maxItems !== undefined && items.length > question.maxItems)
    return `There are ${count(items.length)} items. Keep it to ${count(question.maxItems)} or fewer.`;
  for (const [index, item] of items.entries()) {
    if (typeof item === 'string') {
      const long = tooLong(item, question.maxLength, `Item ${index + 1}`);
      if (long) return long;
      continue;
    }
    const record = (item ?? {}) as Record<string, unknown>;
    for (const field of question.itemFields ?? []) {
      if (
        field.required &&
        !isFilled(record[field.id]) &&
        !(field.allowUnknown && record[field.id] === UNKNOWN_ANSWER)
      ) {
        return `Item ${index + 1}: fill in "${field.prompt}", or remove the item.`;
      }
      const long = tooLong(record[field.id], field.maxLength, `Item ${index + 1}, "${field.prompt}",`);
      if (long) return long;
    }
  }
  return null;
}

/**
 * The problem with one answer, in plain words, or null. Required questions left empty, answers over their limit
 * and list items with a required field left empty block Next; an item is named by its number so the parent can
 * find it.
 */
export function answerProblem(question: Question, value: unknown): string | null {
  if (value === UNKNOWN_ANSWER && question.allowUnknown) return null;
  if (question.type === 'list') return listProblem(question, value);
  const long = tooLong(value, question.maxLength);
  if (long) return long;
  if (question.required && !isFilled(value) && question.type === 'multi-choice') return 'Tick at least one.';
  if (question.required && !isFilled(value)) {
    return question.allowUnknown
      ? 'Answer this question, or choose "I don\'t know".'
      : 'Answer this question.';
  }
  return null;
}

/** Where Next goes from a question: the next visible one, or the review screen (null). */
export function nextQuestionId(
  questions: Question[],
  answers: InterviewAnswers,
  currentId: string,
): string | null {
  const shown = visibleQuestions(questions, answers);
  const index = shown.findIndex((q) => q.id === currentId);
  return shown[index + 1]?.id ?? null;
}

/** Where Back goes: the previous visible question, or null at the first one. */
export function previousQuestionId(
  questions: Question[],
  answers: InterviewAnswers,
  currentId: string,
): string | null {
  const shown = visibleQuestions(questions, answers);
  const index = shown.findIndex((q) => q.id === currentId);
  return index > 0 ? (shown[index - 1]?.id ?? null) : null;
}

/** The question to open: the one named in the address when it is asked, else the first one. */
export function startQuestionId(
  questions: Question[],
  answers: InterviewAnswers,
  wanted: string | null,
): string | null {
  const shown = visibleQuestions(questions, answers);
  if (wanted && shown.some((q) => q.id === wanted)) return wanted;
  return shown[0]?.id ?? null;
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

function withoutBlankFields(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && !isBlank(v)));
}

/**
 * The answers as the server checks them: a field left empty is "not answered", not an empty string (the
 * server refuses "" where it wants a date). List items keep their place; only their empty fields go.
 */
export function cleanAnswers(answers: InterviewAnswers): InterviewAnswers {
  const out: InterviewAnswers = {};
  for (const [key, value] of Object.entries(withoutBlankFields(answers))) {
    out[key] = Array.isArray(value)
      ? value.map((item: unknown) =>
          item && typeof item === 'object' && !Array.isArray(item)
            ? withoutBlankFields(item as Record<string, unknown>)
            : item,
        )
      : value;
  }
  return out;
}

/**
 * Fills choices that come from the case (choicesFrom), so a question like "Which services?" lists the case's own
 * services by name instead of raw ids. A question about services with missed minutes lists only those the data
 * check found (servicesWithMissedMinutes); with none, or before the data check has loaded, it is not asked.
 */
export function withCaseChoices(
  questions: Question[],
  services: readonly { id: string; name: string }[],
  planType?: 'IEP' | '504',
  missed: readonly { serviceId: string; name: string }[] = [],
): Question[] {
  return questions
    .filter((question) => question.onlyForPlan === undefined || question.onlyForPlan === planType)
    .filter((question) => question.choicesFrom !== 'services-with-missed-minutes' || missed.length > 0)
    .map((question) => {
      if (question.choicesFrom === 'services')
        return { ...question, choices: services.map((s) => ({ value: s.id, label: s.name })) };
      if (question.choicesFrom === 'services-with-missed-minutes')
        return { ...question, choices: missed.map((s) => ({ value: s.serviceId, label: s.name })) };
      return question;
    });
}
